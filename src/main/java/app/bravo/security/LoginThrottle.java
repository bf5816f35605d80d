package app.bravo.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: each account name and each client address has a bucket of failed
 * sign-ins (Bucket4j) that refills slowly. An account name that does not exist has a bucket too, so
 * being throttled tells nothing about whether the account exists.
 */
@Component
public class LoginThrottle {

    private static final int TRACKED_KEYS = 50_000;

    private final Map<String, Bucket> accounts = lru();
    private final Map<String, Bucket> addresses = lru();
    private final int perAccount;
    private final int perAddress;
    private final Duration window;

    public LoginThrottle(@Value("${bravo.login.max-failures-per-account:5}") int perAccount,
                         @Value("${bravo.login.max-failures-per-address:20}") int perAddress,
                         @Value("${bravo.login.failure-window:PT5M}") Duration window) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
    }

    /** Whether another attempt for this account from this address may be checked now. */
    public boolean allows(String account, String address) {
        return bucket(accounts, key(account), perAccount).getAvailableTokens() > 0
                && bucket(addresses, address, perAddress).getAvailableTokens() > 0;
    }

    public void recordFailure(String account, String address) {
        bucket(accounts, key(account), perAccount).tryConsume(1);
        bucket(addresses, address, perAddress).tryConsume(1);
    }

    private Bucket bucket(Map<String, Bucket> map, String key, int capacity) {
        synchronized (map) {
            return map.computeIfAbsent(key, k -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                    .build());
        }
    }

    private static String key(String account) {
        return account.strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Bucket> lru() {
        return Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > TRACKED_KEYS;
            }
        });
    }
}
