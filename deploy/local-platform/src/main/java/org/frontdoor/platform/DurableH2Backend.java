package org.frontdoor.platform;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, made to keep what it acknowledges. As shipped, the backend answers a write as soon
 * as it is in the MVStore's memory and leaves the file to a background commit about once a second. That loses
 * twice on a {@code kill -9}:
 *
 * <ul>
 *   <li>every write of the last second is gone, though the driver was told it was done (referrals answered 201
 *       vanished; a consumer that had stored an event's effect and committed its Kafka offset lost the effect for
 *       good);</li>
 *   <li>a background commit can land in the middle of another thread's insert and persist half of it: the document
 *       without its {@code _id} index entry. After the crash that document can be neither found by its id nor
 *       inserted again ("already existed"), so the event that should create it fails for ever: a referral that
 *       never reaches the triage queue.</li>
 * </ul>
 *
 * Here background commits are off, commands that change data run one at a time, and none is answered before a
 * commit of the MVStore that contains it has completed: the file only ever holds whole commands, and everything
 * acknowledged. A commit hands the data to the operating system, which keeps it through the death of the process; a
 * power cut of the machine is not covered (in production that is MongoDB's journal with {@code w: majority}; see
 * docs/operations.md).
 *
 * <p>Commits are shared (group commit): a writer runs its command under the write lock, releases it, then waits for a
 * commit that began after its command had finished. One writer at a time commits, holding the write lock so that no
 * command is half done inside it, and that one commit covers every command finished before it, so writers arriving
 * together pay for one commit instead of one each.
 *
 * <p>The databases it opens keep the non-unique indexes the services declare ({@link IndexedH2Database}).
 */
final class DurableH2Backend extends H2Backend {

    /** The commands that change data, lower case (the driver sends {@code findAndModify}). */
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
            "createindexes", "drop", "dropdatabase", "dropindexes", "renamecollection");

    private final ReentrantLock oneWriteAtATime = new ReentrantLock();
    private final Object commits = new Object();
    /** Commands finished so far; written under {@link #oneWriteAtATime}. */
    private long finishedWrites;
    /** Every command up to this number is in a completed commit; guarded by {@link #commits}. */
    private long committedWrites;
    private boolean committing;

    DurableH2Backend(String fileName) {
        super(new MVStore.Builder().fileName(fileName).autoCommitDisabled().open());
    }

    /** Called from H2Backend's constructor too (for the databases already in the file): uses no field of this class. */
    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IndexedH2Database(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (!WRITES.contains(command.toLowerCase(Locale.ROOT)) || oneWriteAtATime.isHeldByCurrentThread()) {
            // A read, or a command run from inside a write (whose commit then covers it).
            return super.handleCommand(channel, databaseName, command, query);
        }
        long written;
        Document answer;
        oneWriteAtATime.lock();
        try {
            answer = super.handleCommand(channel, databaseName, command, query);
        } catch (RuntimeException | Error e) {
            // Committed all the same: a multi-document insert may have stored some documents before the error.
            written = ++finishedWrites;
            oneWriteAtATime.unlock();
            awaitCommitOf(written);
            throw e;
        }
        written = ++finishedWrites;
        oneWriteAtATime.unlock();
        awaitCommitOf(written);
        return answer;
    }

    /** Returns once a completed commit contains command number {@code written}, committing if no one else is. */
    private void awaitCommitOf(long written) {
        boolean interrupted = false;
        try {
            synchronized (commits) {
                while (true) {
                    if (committedWrites >= written) {
                        return;
                    }
                    if (!committing) {
                        committing = true;
                        break;
                    }
                    try {
                        commits.wait();
                    } catch (InterruptedException e) {
                        // Never answered before it is committed: wait on, and hand the interrupt back afterwards.
                        interrupted = true;
                    }
                }
            }
            commitForAll();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One commit, under the write lock, covering every command finished so far. */
    private void commitForAll() {
        long covered = -1;
        try {
            oneWriteAtATime.lock();
            try {
                long finished = finishedWrites;
                if (!getMvStore().isClosed()) {
                    commit();
                }
                covered = finished;
            } finally {
                oneWriteAtATime.unlock();
            }
        } finally {
            synchronized (commits) {
                committing = false;
                if (covered > committedWrites) {
                    committedWrites = covered;
                }
                commits.notifyAll();
            }
        }
    }
}
