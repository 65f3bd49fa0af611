/** Tests: unit beside the code, integration and end-to-end under test/. */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': 'ts-jest' },
  testMatch: ['<rootDir>/{core,bots,jobs,test,contracts}/**/*.test.ts'],
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
  maxWorkers: 2,
};
