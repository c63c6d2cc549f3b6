import { BaseRepository } from '../../core/BaseRepository.js';

export class TaskRepository extends BaseRepository {}
