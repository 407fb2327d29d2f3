import { runService } from '@zero/service';
import { start } from './app';

runService(start);
