import TestRunner from 'jest-runner';

/**
 * Jest's own runner, declared serial: the files of a project using it run one after another, and the
 * scheduler runs them apart from the files of projects on the default runner.
 */
export default class SerialRunner extends TestRunner {
  override readonly isSerial = true;
}
