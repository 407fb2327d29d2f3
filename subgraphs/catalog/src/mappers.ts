import type { CategoryRow, ImageRow, StockMovementRow, VariantRow } from './db/schema';
import type { CategoryFacet, ProductPage, ProductRecord } from './services/catalog-service';
import type { ReservationLineInput, ReservationView } from './services/inventory-service';

/** The values resolvers pass around for each GraphQL type (read by codegen). */
export type ProductMapper = ProductRecord;
export type ProductVariantMapper = VariantRow;
export type CategoryMapper = CategoryRow;
export type ProductConnectionMapper = ProductPage;
export type CategoryFacetMapper = CategoryFacet;
export type ImageMapper = ImageRow;
export type StockMovementMapper = StockMovementRow;
export type ReservationMapper = ReservationView;
export type ReservationLineMapper = ReservationLineInput;
