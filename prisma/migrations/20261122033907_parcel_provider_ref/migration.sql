-- AlterTable
ALTER TABLE "parcels" ADD COLUMN     "provider_ref" TEXT;
