-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "claimedUntil" TIMESTAMP(3);

