-- AlterTable
ALTER TABLE "parcels" ADD COLUMN     "issued_by" TEXT NOT NULL DEFAULT 'manual',
ADD COLUMN     "parcel_index" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "sort_code" TEXT;
