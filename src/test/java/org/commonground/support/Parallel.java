package org.commonground.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs tasks at the same moment on their own threads, for race tests. */
public final class Parallel {

	private Parallel() {
	}

	/** Runs the task {@code count} times at once; returns the results in order. */
	public static <T> List<T> run(int count, Callable<T> task) throws Exception {
		return run(count, (i) -> task.call());
	}

	/** Runs task(i) for i in 0..count-1 at once; returns the results in order. */
	public static <T> List<T> run(int count, IndexedTask<T> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int index = i;
				futures.add(pool.submit(() -> {
					start.await();
					return task.call(index);
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** A task that knows which of the parallel runs it is. */
	@FunctionalInterface
	public interface IndexedTask<T> {

		T call(int index) throws Exception;

	}

}
