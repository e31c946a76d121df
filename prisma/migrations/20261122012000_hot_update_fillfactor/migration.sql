-- Parcels and orders are updated on every status change; leaving 20 % free space per page lets PostgreSQL make
-- those HOT updates (no index writes), which matters on the push-ingestion path. Prisma's schema does not model
-- storage parameters, so this lives only in the migration.
ALTER TABLE "parcels" SET (fillfactor = 80);
ALTER TABLE "orders" SET (fillfactor = 85);
