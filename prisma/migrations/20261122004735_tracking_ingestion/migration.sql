-- AlterTable
ALTER TABLE "parcels" ADD COLUMN     "next_poll_at" TIMESTAMPTZ(3),
ADD COLUMN     "poll_failures" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "poll_window_at" TIMESTAMPTZ(3),
ADD COLUMN     "polls_in_window" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "resubscribe_at" TIMESTAMPTZ(3),
ADD COLUMN     "status_at" TIMESTAMPTZ(3),
ADD COLUMN     "subscription" TEXT;

-- CreateTable
CREATE TABLE "unmatched_pushes" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "source" TEXT NOT NULL,
    "carrier" TEXT,
    "tracking_number" TEXT NOT NULL,
    "update" JSONB NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "bound_at" TIMESTAMPTZ(3),
    "parcel_id" UUID,

    CONSTRAINT "unmatched_pushes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "unknown_status_codes" (
    "source" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "first_seen" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "unknown_status_codes_pkey" PRIMARY KEY ("source","code")
);

-- CreateTable
CREATE TABLE "webhook_subscriptions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "event_types" TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_subscriptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_deliveries" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "subscription_id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "event_type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_status_code" INTEGER,
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "delivered_at" TIMESTAMPTZ(3),

    CONSTRAINT "webhook_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "unmatched_pushes_dedupe_key_key" ON "unmatched_pushes"("dedupe_key");

-- CreateIndex
CREATE INDEX "unmatched_pushes_tracking_number_idx" ON "unmatched_pushes"("tracking_number");

-- CreateIndex
CREATE INDEX "unmatched_pushes_bound_at_received_at_idx" ON "unmatched_pushes"("bound_at", "received_at");

-- CreateIndex
CREATE INDEX "webhook_deliveries_status_next_attempt_at_idx" ON "webhook_deliveries"("status", "next_attempt_at");

-- CreateIndex
CREATE UNIQUE INDEX "webhook_deliveries_subscription_id_event_id_key" ON "webhook_deliveries"("subscription_id", "event_id");

-- CreateIndex
CREATE INDEX "parcels_next_poll_at_idx" ON "parcels"("next_poll_at");

-- AddForeignKey
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "webhook_subscriptions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
