// The queue board and its access; app.ts mounts the board (an Express app)
// under BOARD_PATH and finds QueueBoard and BoardAccess in this module.
import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { InfraModule } from '../infra/infra.module';
import { AdminController } from './admin.controller';
import { ApiKeysUseCase } from './api-keys.use-case';
import { BoardAccess } from './board-access';
import { OpenBoardSessionUseCase } from './open-board-session.use-case';
import { QueueBoard } from './queue-board';

@Module({
  imports: [InfraModule, AuthModule],
  controllers: [AdminController],
  providers: [QueueBoard, BoardAccess, OpenBoardSessionUseCase, ApiKeysUseCase],
  exports: [OpenBoardSessionUseCase],
})
export class AdminModule {}
