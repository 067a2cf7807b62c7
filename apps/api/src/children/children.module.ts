// Children: finding a known child before or while a report is filed.
import { Module } from '@nestjs/common';
import { InfraModule } from '../infra/infra.module';
import { ChildMatcher } from './child-matcher';
import { ChildrenController } from './children.controller';
import { SearchChildrenUseCase } from './search-children.use-case';

@Module({ imports: [InfraModule], controllers: [ChildrenController], providers: [ChildMatcher, SearchChildrenUseCase], exports: [ChildMatcher, SearchChildrenUseCase] })
export class ChildrenModule {}
