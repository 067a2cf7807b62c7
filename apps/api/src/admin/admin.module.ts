// The queue board and its access; app.ts mounts the board (an Express app) under BOARD_PATH.
import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AdminController } from './admin.controller';
import { BoardAccess } from './board-access';
import { QueueBoard } from './queue-board';

@Module({
  imports: [AuthModule],
  controllers: [AdminController],
  providers: [QueueBoard, BoardAccess],
  exports: [QueueBoard, BoardAccess],
})
export class AdminModule {}
