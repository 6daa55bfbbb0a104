import { Lane } from '../../../src/analytics/lane';

/** A job the test settles by hand, recording when it starts. */
function handJob(name: string, started: string[]) {
  let settle!: { resolve: (value: string) => void; reject: (error: Error) => void };
  const done = new Promise<string>((resolve, reject) => (settle = { resolve, reject }));
  return {
    job: () => {
      started.push(name);
      return done;
    },
    resolve: () => settle.resolve(name),
    reject: (message: string) => settle.reject(new Error(message)),
  };
}

/** Lets every settled promise's reactions run. */
const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('a lane of jobs', () => {
  it('runs at most its width at once, and the waiting ones in the order they came', async () => {
    const lane = new Lane(2);
    const started: string[] = [];
    const jobs = ['a', 'b', 'c', 'd'].map((name) => handJob(name, started));
    const results = jobs.map(({ job }) => lane.run(job));
    await settled();
    expect(started).toEqual(['a', 'b']);
    expect([lane.active, lane.queued]).toEqual([2, 2]);

    jobs[1]!.resolve();
    await settled();
    expect(started).toEqual(['a', 'b', 'c']);
    expect([lane.active, lane.queued]).toEqual([2, 1]);

    jobs[0]!.resolve();
    jobs[2]!.resolve();
    await settled();
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    expect([lane.active, lane.queued]).toEqual([1, 0]);

    jobs[3]!.resolve();
    await expect(Promise.all(results)).resolves.toEqual(['a', 'b', 'c', 'd']);
    expect([lane.active, lane.queued]).toEqual([0, 0]);
  });

  it('hands a failure to its caller and gives its place to the next job', async () => {
    const lane = new Lane(1);
    const started: string[] = [];
    const failing = handJob('failing', started);
    const next = handJob('next', started);
    const first = lane.run(failing.job);
    const second = lane.run(next.job);
    await settled();
    expect(started).toEqual(['failing']);

    failing.reject('the query timed out');
    await expect(first).rejects.toThrow('the query timed out');
    await settled();
    expect(started).toEqual(['failing', 'next']);
    next.resolve();
    await expect(second).resolves.toBe('next');
    expect(lane.active).toBe(0);
  });

  it('frees the place of a job that throws before it returns a promise', async () => {
    const lane = new Lane(1);
    await expect(
      lane.run(() => {
        throw new Error('no session');
      }),
    ).rejects.toThrow('no session');
    await expect(lane.run(() => Promise.resolve('after'))).resolves.toBe('after');
  });

  it('is at least one wide', () => {
    expect(() => new Lane(0)).toThrow('a lane is at least 1 wide, not 0');
    expect(() => new Lane(1.5)).toThrow(RangeError);
  });
});
