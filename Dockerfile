# One image build per deployable, as a named target: `docker build --target auth .` (docker-compose.yml does this).
# Services run their TypeScript sources with tsx, exactly as `npm start` and the tests do.
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
USER node
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"

FROM base AS auth
COPY --chown=node subgraphs/auth subgraphs/auth
ENV PORT=8001
EXPOSE 8001
CMD ["node", "--import", "tsx", "subgraphs/auth/src/index.ts"]

FROM base AS users
COPY --chown=node subgraphs/users subgraphs/users
ENV PORT=8002
EXPOSE 8002
CMD ["node", "--import", "tsx", "subgraphs/users/src/index.ts"]

FROM base AS catalog
COPY --chown=node subgraphs/catalog subgraphs/catalog
ENV PORT=8004
EXPOSE 8004
CMD ["node", "--import", "tsx", "subgraphs/catalog/src/index.ts"]

FROM base AS cart
COPY --chown=node subgraphs/cart subgraphs/cart
ENV PORT=8007
EXPOSE 8007
CMD ["node", "--import", "tsx", "subgraphs/cart/src/index.ts"]

FROM base AS orders
COPY --chown=node subgraphs/orders subgraphs/orders
ENV PORT=8008
EXPOSE 8008
CMD ["node", "--import", "tsx", "subgraphs/orders/src/index.ts"]

FROM base AS payments
COPY --chown=node subgraphs/payments subgraphs/payments
ENV PORT=8009
EXPOSE 8009
CMD ["node", "--import", "tsx", "subgraphs/payments/src/index.ts"]

FROM base AS notifications
COPY --chown=node subgraphs/notifications subgraphs/notifications
# Email goes out by SMTP when SMTP_URL is set; otherwise as .eml files (and SMS lines) under DATA_DIR, a volume.
ENV PORT=8011 DATA_DIR=/app/data
RUN mkdir -p /app/data && chown node /app/data
EXPOSE 8011
CMD ["node", "--import", "tsx", "subgraphs/notifications/src/index.ts"]

FROM base AS router
COPY --chown=node router router
ENV PORT=8000
EXPOSE 8000
CMD ["node", "--import", "tsx", "router/src/index.ts"]

# The storefront: built with its dev dependencies (Next, Tailwind), then served by `next start` on 3000. It reaches
# the router at ROUTER_URL; the router must trust it as a proxy (TRUST_PROXY) for per-shopper budgets.
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
