export { convertAmount, type Measured, type MeasureSystem } from './convert.ts';
export { findStepTimers, type StepTimer } from './step-timers.ts';
