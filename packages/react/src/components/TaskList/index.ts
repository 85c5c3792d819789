export {
  TaskList,
  type TaskListHeadingLevel,
  type TaskListProps,
  type TaskListSection,
  type TaskListTask,
  type TaskStatus,
} from './TaskList.js';
