import { Module } from '@nestjs/common';
import { PathwayGateway } from './pathway.gateway';

@Module({ providers: [PathwayGateway], exports: [PathwayGateway] })
export class PathwayModule {}
