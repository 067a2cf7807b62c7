// The codec endpoint of the Temporal UI and CLI (decode only).
import { Module } from '@nestjs/common';
import { InfraModule } from '../infra/infra.module';
import { CodecController } from './codec.controller';
import { DecodePayloadsUseCase } from './decode-payloads.use-case';

@Module({ imports: [InfraModule], controllers: [CodecController], providers: [DecodePayloadsUseCase], exports: [DecodePayloadsUseCase] })
export class CodecModule {}
