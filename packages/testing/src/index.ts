export * from './platform';
export * from './fixtures';
export * from './service-access';
export * from './timing';
export * from './stand-ins';
export * from './mailbox';
export * from './tracing';
