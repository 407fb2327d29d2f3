# One image build per deployable, as a named target: `docker build --target auth .` (docker-compose.yml does this).
# Services run compiled JavaScript (`npm run build`: one bundle per service in <service>/dist/index.js, as `npm start`
# runs them) with plain node: no TypeScript loader and no source maps at run time.
FROM node:20-bookworm-slim AS base
WORKDIR /app
ENV NODE_ENV=production NPM_CONFIG_UPDATE_NOTIFIER=false
COPY package.json package-lock.json ./
COPY packages/service/package.json packages/service/
COPY packages/testing/package.json packages/testing/
COPY router/package.json router/
COPY subgraphs/auth/package.json subgraphs/auth/
COPY subgraphs/users/package.json subgraphs/users/
COPY subgraphs/catalog/package.json subgraphs/catalog/
COPY subgraphs/cart/package.json subgraphs/cart/
COPY subgraphs/orders/package.json subgraphs/orders/
COPY subgraphs/payments/package.json subgraphs/payments/
COPY subgraphs/notifications/package.json subgraphs/notifications/
COPY web/package.json web/
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json ./
COPY packages packages
COPY schema schema
COPY scripts/lib scripts/lib

# The bundles, built once from every service's sources; each target below takes its own.
FROM base AS build
COPY scripts/build.ts scripts/
COPY router router
COPY subgraphs subgraphs
RUN npx tsx scripts/build.ts

FROM base AS service
USER node
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"

FROM service AS auth
COPY --chown=node subgraphs/auth subgraphs/auth
COPY --from=build --chown=node /app/subgraphs/auth/dist subgraphs/auth/dist
ENV PORT=8001
EXPOSE 8001
CMD ["node", "subgraphs/auth/dist/index.js"]

FROM service AS users
COPY --chown=node subgraphs/users subgraphs/users
COPY --from=build --chown=node /app/subgraphs/users/dist subgraphs/users/dist
ENV PORT=8002
EXPOSE 8002
CMD ["node", "subgraphs/users/dist/index.js"]

FROM service AS catalog
# A font for the product names in the pictures' WebP renditions (sharp draws them with the system's fonts).
USER root
RUN apt-get update && apt-get install -y --no-install-recommends fonts-liberation && rm -rf /var/lib/apt/lists/*
USER node
COPY --chown=node subgraphs/catalog subgraphs/catalog
COPY --from=build --chown=node /app/subgraphs/catalog/dist subgraphs/catalog/dist
ENV PORT=8004
EXPOSE 8004
CMD ["node", "subgraphs/catalog/dist/index.js"]

FROM service AS cart
COPY --chown=node subgraphs/cart subgraphs/cart
COPY --from=build --chown=node /app/subgraphs/cart/dist subgraphs/cart/dist
ENV PORT=8007
EXPOSE 8007
CMD ["node", "subgraphs/cart/dist/index.js"]

FROM service AS orders
COPY --chown=node subgraphs/orders subgraphs/orders
COPY --from=build --chown=node /app/subgraphs/orders/dist subgraphs/orders/dist
ENV PORT=8008
EXPOSE 8008
CMD ["node", "subgraphs/orders/dist/index.js"]

FROM service AS payments
COPY --chown=node subgraphs/payments subgraphs/payments
COPY --from=build --chown=node /app/subgraphs/payments/dist subgraphs/payments/dist
ENV PORT=8009
EXPOSE 8009
CMD ["node", "subgraphs/payments/dist/index.js"]

FROM service AS notifications
COPY --chown=node subgraphs/notifications subgraphs/notifications
COPY --from=build --chown=node /app/subgraphs/notifications/dist subgraphs/notifications/dist
# Email goes out by SMTP when SMTP_URL is set; otherwise as .eml files (and SMS lines) under DATA_DIR, a volume.
ENV PORT=8011 DATA_DIR=/app/data
RUN mkdir -p /app/data && chown node /app/data
EXPOSE 8011
CMD ["node", "subgraphs/notifications/dist/index.js"]

FROM service AS router
COPY --chown=node router router
COPY --from=build --chown=node /app/router/dist router/dist
ENV PORT=8000
EXPOSE 8000
CMD ["node", "router/dist/index.js"]

# The storefront: built with its dev dependencies (Next, Tailwind), then served by `node server.js` (Next's handler,
# compression, first-paint-first scripts; web/README.md) on 3000. It reaches the router at ROUTER_URL; the router
# must trust it as a proxy (TRUST_PROXY) for per-shopper budgets.
FROM node:20-bookworm-slim AS web
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NPM_CONFIG_UPDATE_NOTIFIER=false
COPY package.json package-lock.json tsconfig.base.json tsconfig.json ./
COPY packages packages
COPY router/package.json router/
COPY subgraphs/auth/package.json subgraphs/auth/
COPY subgraphs/users/package.json subgraphs/users/
COPY subgraphs/catalog/package.json subgraphs/catalog/
COPY subgraphs/cart/package.json subgraphs/cart/
COPY subgraphs/orders/package.json subgraphs/orders/
COPY subgraphs/payments/package.json subgraphs/payments/
COPY subgraphs/notifications/package.json subgraphs/notifications/
COPY web/package.json web/
RUN npm ci --no-audit --no-fund
COPY schema schema
COPY web web
RUN npm run build --workspace @zero/web
ENV NODE_ENV=production
USER node
EXPOSE 3000
CMD ["npm", "run", "start", "--workspace", "@zero/web"]
