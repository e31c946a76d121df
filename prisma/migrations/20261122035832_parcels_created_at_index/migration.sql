-- CreateIndex
CREATE INDEX "parcels_created_at_idx" ON "parcels"("created_at" DESC);
