/**
 * The core's time for what members are timed by (a card served, an answer given): the
 * process clock in a deployment; a simulation or a test sets its own, so simulated members
 * can take the seconds a person takes without the run taking them.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
