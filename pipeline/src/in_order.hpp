#pragma once

// Work produced on several threads and consumed in order on the caller's:
// what lets parts of a listing be parsed at once while their records are
// still checked against each other, and written, in input order.

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace twinning {

// Calls `produce(index, thread)` for every index below `count` on `threads`
// threads, and `consume(result)` on the calling thread in index order. At
// most `window` results wait to be consumed, which bounds the memory they
// hold. A consumed result is destroyed by the thread that produced it: with
// glibc's allocator, freeing memory on another thread than the one that
// allocated it contends for that thread's arena, which cost a third of the
// second thread's gain. An exception from either side stops the work and is
// rethrown here.
template <typename Result, typename Produce, typename Consume>
void map_in_order(std::size_t count, std::size_t threads, std::size_t window, Produce&& produce, Consume&& consume) {
    if (threads <= 1) {
        // One thread is this one: each result is made and consumed in turn.
        for (std::size_t index = 0; index < count; ++index) {
            Result result = produce(index, 0);
            consume(result);
        }
        return;
    }
    window = std::max<std::size_t>(window, 1);
    std::mutex mutex;
    std::condition_variable result_ready;
    std::condition_variable room_free;
    struct Slot {
        std::optional<Result> result;
        std::size_t thread = 0;
    };
    std::vector<Slot> slots(window);
    std::vector<std::vector<Result>> retired(threads);  // consumed, by the thread that made them
    std::size_t next = 0;                               // the next index a thread takes
    std::size_t consumed = 0;                           // results consumed so far
    bool stop = false;
    std::exception_ptr failure;
    std::size_t failed_at = count;  // the first index whose work threw

    auto work = [&](std::size_t thread) {
        for (;;) {
            std::size_t index = 0;
            std::vector<Result> to_destroy;
            {
                std::unique_lock lock(mutex);
                room_free.wait(lock, [&] { return stop || next >= count || next < consumed + window; });
                to_destroy.swap(retired[thread]);
                if (stop || next >= count) {
                    return;
                }
                index = next++;
            }
            to_destroy.clear();
            try {
                Result result = produce(index, thread);
                const std::lock_guard lock(mutex);
                slots[index % window] = {std::move(result), thread};
            } catch (...) {
                const std::lock_guard lock(mutex);
                if (index < failed_at) {
                    failure = std::current_exception();
                    failed_at = index;
                }
                stop = true;
            }
            result_ready.notify_all();
            room_free.notify_all();
        }
    };

    std::vector<std::thread> workers;
    workers.reserve(threads);
    try {
        // Inside the try: should a thread fail to start, the ones started
        // are still stopped and joined.
        for (std::size_t thread = 0; thread < threads; ++thread) {
            workers.emplace_back(work, thread);
        }
        for (std::size_t index = 0; index < count; ++index) {
            Slot slot;
            {
                std::unique_lock lock(mutex);
                // After a failure, what was started before it is still
                // consumed: everything before the failed index, nothing after.
                result_ready.wait(lock, [&] {
                    return slots[index % window].result.has_value() || index >= failed_at || (stop && index >= next);
                });
                if (!slots[index % window].result) {
                    break;
                }
                std::swap(slot, slots[index % window]);
            }
            consume(*slot.result);
            {
                const std::lock_guard lock(mutex);
                retired[slot.thread].push_back(std::move(*slot.result));
                consumed = index + 1;
            }
            room_free.notify_all();
        }
    } catch (...) {
        const std::lock_guard lock(mutex);
        if (!failure) {
            failure = std::current_exception();
        }
        stop = true;
    }
    {
        const std::lock_guard lock(mutex);
        stop = true;
    }
    room_free.notify_all();
    for (std::thread& worker : workers) {
        worker.join();
    }
    if (failure) {
        std::rethrow_exception(failure);
    }
}

}  // namespace twinning
