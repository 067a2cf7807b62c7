// The case's record: read it back, add notes, attach and download documents.
// (The pathway's action runners write their entries through RecordStoreModule.)
import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { CaseAccessModule } from '../cases/case-access.module';
import { API_CONFIG, type ApiConfig } from '../config';
import { InfraModule } from '../infra/infra.module';
import { AddNoteUseCase } from './add-note.use-case';
import { CaseDocuments } from './documents';
import { ReadRecordUseCase } from './read-record.use-case';
import { RecordController } from './record.controller';
import { RecordStoreModule } from './record-store.module';

const USE_CASES = [ReadRecordUseCase, AddNoteUseCase, CaseDocuments];

@Module({
  imports: [
    InfraModule,
    CaseAccessModule,
    RecordStoreModule,
    // In memory (multer's default without a storage or folder), within the limit: a larger file is
    // refused (413) while it is read, and nothing is stored.
    MulterModule.registerAsync({
      inject: [API_CONFIG],
      useFactory: (config: ApiConfig) => ({ limits: { fileSize: config.DOCUMENT_MAX_BYTES, files: 1, fields: 4, fieldSize: 1024, parts: 6 } }),
    }),
  ],
  controllers: [RecordController],
  providers: USE_CASES,
  exports: USE_CASES,
})
export class RecordModule {}
