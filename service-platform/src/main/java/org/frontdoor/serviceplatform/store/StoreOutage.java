package org.frontdoor.serviceplatform.store;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/** Whether a failure means the store cannot be reached just now (not: the store refused this write). */
public final class StoreOutage {

    private StoreOutage() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof MongoSocketException || t instanceof MongoTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
