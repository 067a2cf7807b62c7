// The case's record store, for the features that write it (the pathway's
// action runners) and those that read it (the record, the export).
import { Module } from '@nestjs/common';
import { InfraModule } from '../infra/infra.module';
import { RecordStore } from './record-store';

@Module({ imports: [InfraModule], providers: [RecordStore], exports: [RecordStore] })
export class RecordStoreModule {}
