-- AlterTable
ALTER TABLE "User" ADD COLUMN     "channelOrder" TEXT[] DEFAULT ARRAY['EMAIL', 'SMS']::TEXT[];

