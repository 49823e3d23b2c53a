// SPDX-License-Identifier: MIT
#pragma once

#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

namespace interleave::aio {

// An async generator (`async def gen(): ... yield x`): a coroutine that may co_await (sleep, a queue,
// a socket) and co_yield values. It runs inside the task that consumes it, one item at a time, so
// while it awaits, that task is the one suspended. Consumed with the async-for equivalent:
//
//     AsyncGenerator<int> ticks(int n) { for (int i = 0; i < n; ++i) { co_await sleep(100); co_yield i; } }
//     auto gen = ticks(5);
//     while (auto item = co_await gen.next()) use(*item);       // async for item in ticks(5)
template <typename T> class [[nodiscard]] AsyncGenerator {
public:
    struct promise_type {
        std::optional<T> current;
        std::exception_ptr error;
        std::coroutine_handle<> consumer;

        struct Transfer {
            bool await_ready() const noexcept { return false; }
            std::coroutine_handle<> await_suspend(std::coroutine_handle<promise_type> h) const noexcept
            {
                return h.promise().consumer;
            }
            void await_resume() const noexcept { }
        };

        AsyncGenerator get_return_object() noexcept
        {
            return AsyncGenerator(std::coroutine_handle<promise_type>::from_promise(*this));
        }
        std::suspend_always initial_suspend() noexcept { return {}; }
        Transfer final_suspend() noexcept { return {}; }
        template <typename U> Transfer yield_value(U&& value)
        {
            current.emplace(std::forward<U>(value));
            return {};
        }
        void return_void() noexcept { }
        void unhandled_exception() noexcept { error = std::current_exception(); }
    };
    using Handle = std::coroutine_handle<promise_type>;

    explicit AsyncGenerator(Handle h) noexcept
        : m_handle(h)
    {
    }
    AsyncGenerator(AsyncGenerator&& o) noexcept
        : m_handle(std::exchange(o.m_handle, {}))
    {
    }
    AsyncGenerator& operator=(AsyncGenerator&&) = delete;
    ~AsyncGenerator()
    {
        if (m_handle)
            m_handle.destroy();
    }

    // `co_await gen.next()`: the next item, or nullopt once the generator has returned (anext).
    struct Next {
        Handle gen;
        bool await_ready() const noexcept { return !gen || gen.done(); }
        std::coroutine_handle<> await_suspend(std::coroutine_handle<> consumer) noexcept
        {
            gen.promise().consumer = consumer;
            gen.promise().current.reset();
            return gen;
        }
        std::optional<T> await_resume()
        {
            if (!gen)
                return std::nullopt;
            if (gen.promise().error)
                std::rethrow_exception(std::exchange(gen.promise().error, nullptr));
            if (gen.done())
                return std::nullopt;
            return std::move(gen.promise().current);
        }
    };
    Next next() { return Next { m_handle }; }

private:
    Handle m_handle;
};

} // namespace interleave::aio
