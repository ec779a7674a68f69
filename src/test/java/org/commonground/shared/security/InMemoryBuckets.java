package org.commonground.shared.security;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

/**
 * Bucket4j's buckets in a map, for a web slice that has no database: the same
 * {@link RateLimiter} runs on it as on PostgreSQL in the application.
 */
class InMemoryBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

	private final Map<String, byte[]> states = new ConcurrentHashMap<>();

	InMemoryBuckets() {
		super(ClientSideConfig.getDefault());
	}

	@Override
	protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
		return new CompareAndSwapOperation() {

			@Override
			public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
				return Optional.ofNullable(InMemoryBuckets.this.states.get(key));
			}

			@Override
			public boolean compareAndSwap(byte[] originalData, byte[] newData, RemoteBucketState newState,
					Optional<Long> timeoutNanos) {
				synchronized (InMemoryBuckets.this.states) {
					if (!Arrays.equals(InMemoryBuckets.this.states.get(key), originalData)) {
						return false;
					}
					InMemoryBuckets.this.states.put(key, newData);
					return true;
				}
			}

		};
	}

	@Override
	protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void removeProxy(String key) {
		this.states.remove(key);
	}

	@Override
	protected CompletableFuture<Void> removeAsync(String key) {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean isAsyncModeSupported() {
		return false;
	}

}
