<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Flow</name>
        <message>
            <source>release → acquire</source>
            <translation>释放 → 获取</translation>
        </message>
        <message>
            <source>notify → wake</source>
            <translation>通知 → 唤醒</translation>
        </message>
        <message>
            <source>set → wake</source>
            <translation>设置 → 唤醒</translation>
        </message>
        <message>
            <source>put → get</source>
            <translation>放入 → 取出</translation>
        </message>
        <message>
            <source>send → receive</source>
            <translation>发送 → 接收</translation>
        </message>
        <message>
            <source>submit → start</source>
            <translation>提交 → 开始</translation>
        </message>
        <message>
            <source>start</source>
            <translation>启动</translation>
        </message>
        <message>
            <source>cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>end → join</source>
            <translation>结束 → join</translation>
        </message>
    </context>
    <context>
        <name>Instant</name>
        <message>
            <source>notify</source>
            <translation>通知</translation>
        </message>
        <message>
            <source>set</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>timeout</source>
            <translation>超时</translation>
        </message>
        <message>
            <source>cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>exception</source>
            <translation>异常</translation>
        </message>
        <message>
            <source>deadlock</source>
            <translation>死锁</translation>
        </message>
        <message>
            <source>result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>mark</source>
            <translation>标记</translation>
        </message>
    </context>
    <context>
        <name>OutcomeFormatter</name>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>no deadlock</source>
            <translation>没有死锁</translation>
        </message>
        <message>
            <source>a resource</source>
            <translation>某个资源</translation>
        </message>
        <message>
            <source>deadlock: %1 waits for %2</source>
            <translation>死锁：%1 等待 %2</translation>
        </message>
        <message>
            <source>, held by %1, who waits for %2</source>
            <translation>，它被 %1 持有，而 %1 在等待 %2</translation>
        </message>
        <message>
            <source>deadlock: %1</source>
            <translation>死锁：%1</translation>
        </message>
        <message>
            <source>deadlock: no thread can go on</source>
            <translation>死锁：没有线程能继续执行</translation>
        </message>
        <message>
            <source>counter %1 of %2: no update lost</source>
            <translation>计数器 %1 / %2：没有丢失更新</translation>
        </message>
        <message>
            <source>counter %1 of %2: 1 update lost</source>
            <translation>计数器 %1 / %2：丢失了 1 次更新</translation>
        </message>
        <message>
            <source>counter %1 of %2: %3 updates lost</source>
            <translation>计数器 %1 / %2：丢失了 %3 次更新</translation>
        </message>
        <message>
            <source>counter %1</source>
            <translation>计数器 %1</translation>
        </message>
        <message>
            <source>at most %1 at once (max_concurrent %2)</source>
            <translation>同一时刻最多 %1 个（max_concurrent %2）</translation>
        </message>
        <message>
            <source>results: %1</source>
            <translation>结果：%1</translation>
        </message>
        <message>
            <source>completion order: %1</source>
            <translation>完成顺序：%1</translation>
        </message>
        <message>
            <source>no task cancelled</source>
            <translation>没有任务被取消</translation>
        </message>
        <message>
            <source>cancelled: task %1</source>
            <translation>已取消：任务 %1</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>not cancelled</source>
            <translation>未取消</translation>
        </message>
        <message>
            <source>%1 cancelled</source>
            <translation>%1 个已取消</translation>
        </message>
        <message>
            <source>exceptions: %1</source>
            <translation>异常：%1</translation>
        </message>
        <message>
            <source>no exception</source>
            <translation>没有异常</translation>
        </message>
        <message>
            <source>timed out</source>
            <translation>超时</translation>
        </message>
        <message>
            <source>finished before the timeout</source>
            <translation>在超时前完成</translation>
        </message>
        <message>
            <source>%1 echoed</source>
            <translation>%1 个已回显</translation>
        </message>
        <message>
            <source>%1 lost</source>
            <translation>%1 个丢失</translation>
        </message>
        <message>
            <source>%1 retries</source>
            <translation>%1 次重试</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>acquisition order: %1</source>
            <translation>获取顺序：%1</translation>
        </message>
        <message>
            <source>wake-up order: %1</source>
            <translation>唤醒顺序：%1</translation>
        </message>
    </context>
    <context>
        <name>Params</name>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>unknown parameter '%1' for this scenario; known: %2</source>
            <translation>这个场景没有参数“%1”；已知参数：%2</translation>
        </message>
    </context>
    <context>
        <name>PyError</name>
        <message>
            <source>parties must be &gt;= 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot wait on un-acquired lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot notify on un-acquired lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>release unlocked lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot release un-acquired lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>semaphore initial value must be &gt;= 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>can't specify timeout for non-blocking acquire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>n must be one or more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Semaphore released too many times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>thread.__init__() not called</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>threads can only be started once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>can't start new thread</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot join thread before it is started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot join current thread</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>can't specify a timeout for a non-blocking call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>timeout value must be a non-negative number</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Resource</name>
        <message>
            <source>lock</source>
            <translation>锁</translation>
        </message>
        <message>
            <source>reentrant lock</source>
            <translation>可重入锁</translation>
        </message>
        <message>
            <source>condition</source>
            <translation>条件变量</translation>
        </message>
        <message>
            <source>event</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>semaphore</source>
            <translation>信号量</translation>
        </message>
        <message>
            <source>barrier</source>
            <translation>栅栏</translation>
        </message>
        <message>
            <source>queue</source>
            <translation>队列</translation>
        </message>
        <message>
            <source>pipe</source>
            <translation>管道</translation>
        </message>
        <message>
            <source>socket</source>
            <translation>套接字</translation>
        </message>
        <message>
            <source>shared value</source>
            <translation>共享值</translation>
        </message>
        <message>
            <source>pool</source>
            <translation>池</translation>
        </message>
        <message>
            <source>event loop</source>
            <translation>事件循环</translation>
        </message>
        <message>
            <source>future</source>
            <translation>future</translation>
        </message>
        <message>
            <source>thread</source>
            <translation>线程</translation>
        </message>
    </context>
    <context>
        <name>Runner</name>
        <message>
            <source>unknown scenario '%1'; known: %2</source>
            <translation>未知场景“%1”；已知场景：%2</translation>
        </message>
        <message>
            <source>internal error: %1</source>
            <translation>内部错误：%1</translation>
        </message>
    </context>
    <context>
        <name>Scenario</name>
        <message>
            <source>Threads</source>
            <translation>线程</translation>
        </message>
        <message>
            <source>Executors and pools</source>
            <translation>执行器与线程池</translation>
        </message>
        <message>
            <source>Processes</source>
            <translation>进程</translation>
        </message>
        <message>
            <source>asyncio</source>
            <translation>asyncio</translation>
        </message>
        <message>
            <source>Sockets</source>
            <translation>套接字</translation>
        </message>
        <message>
            <source>A condition variable</source>
            <translation>条件变量</translation>
        </message>
        <message>
            <source>Consumers wait, producers notify; a notify nobody waits for is lost unless the wait checks a predicate.</source>
            <translation>消费者等待，生产者通知；如果等待时不检查谓词，没人等待时发出的通知就会丢失。</translation>
        </message>
        <message>
            <source>Producers</source>
            <translation>生产者</translation>
        </message>
        <message>
            <source>How many threads make items.</source>
            <translation>生产条目的线程数。</translation>
        </message>
        <message>
            <source>Consumers</source>
            <translation>消费者</translation>
        </message>
        <message>
            <source>How many threads take items; the items are shared out among them.</source>
            <translation>取走条目的线程数；条目在它们之间分配。</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>条目数</translation>
        </message>
        <message>
            <source>How many items each producer makes.</source>
            <translation>每个生产者生产的条目数。</translation>
        </message>
        <message>
            <source>Notify</source>
            <translation>通知方式</translation>
        </message>
        <message>
            <source>one: notify() wakes one waiting thread. all: notify_all() wakes every waiting thread.</source>
            <translation>one：notify() 唤醒一个等待的线程。all：notify_all() 唤醒所有等待的线程。</translation>
        </message>
        <message>
            <source>Wait with a predicate</source>
            <translation>带谓词等待</translation>
        </message>
        <message>
            <source>Whether consumers wait with wait_for(predicate) rather than a bare wait().</source>
            <translation>消费者是否用 wait_for(predicate) 而不是单纯的 wait() 等待。</translation>
        </message>
        <message>
            <source>Producers first</source>
            <translation>生产者先行</translation>
        </message>
        <message>
            <source>Whether the producers run (and notify) before any consumer starts.</source>
            <translation>生产者是否在任何消费者启动之前运行（并发出通知）。</translation>
        </message>
        <message>
            <source>consumers waiting</source>
            <translation>等待中的消费者</translation>
        </message>
        <message>
            <source>producer %1</source>
            <translation>生产者 %1</translation>
        </message>
        <message>
            <source>consumer %1</source>
            <translation>消费者 %1</translation>
        </message>
        <message>
            <source>Daemon threads</source>
            <translation>守护线程</translation>
        </message>
        <message>
            <source>A daemon thread is stopped when the program ends; a normal thread keeps the program alive.</source>
            <translation>程序结束时守护线程会被终止；普通线程则会让程序继续运行。</translation>
        </message>
        <message>
            <source>Daemon</source>
            <translation>守护线程</translation>
        </message>
        <message>
            <source>Whether the worker is a daemon thread (stopped when the program ends).</source>
            <translation>工作线程是否为守护线程（程序结束时被终止）。</translation>
        </message>
        <message>
            <source>Tick every</source>
            <translation>滴答间隔</translation>
        </message>
        <message>
            <source>How long the worker sleeps between two ticks.</source>
            <translation>工作线程两次滴答之间休眠的时长。</translation>
        </message>
        <message>
            <source>Main thread runs</source>
            <translation>主线程运行时长</translation>
        </message>
        <message>
            <source>How long the main thread sleeps before it ends.</source>
            <translation>主线程在结束前休眠的时长。</translation>
        </message>
        <message>
            <source>tick %1</source>
            <translation>滴答 %1</translation>
        </message>
        <message>
            <source>main ends</source>
            <translation>主线程结束</translation>
        </message>
        <message>
            <source>Dining philosophers</source>
            <translation>哲学家就餐</translation>
        </message>
        <message>
            <source>Taking two locks in different orders deadlocks; one global order cures it.</source>
            <translation>以不同顺序获取两把锁会导致死锁；统一的全局顺序可以解决。</translation>
        </message>
        <message>
            <source>Philosophers</source>
            <translation>哲学家人数</translation>
        </message>
        <message>
            <source>How many philosophers sit at the table, with one fork between two neighbours.</source>
            <translation>围坐在桌旁的哲学家人数，相邻两人之间放一把叉子。</translation>
        </message>
        <message>
            <source>Ordered forks</source>
            <translation>按序取叉</translation>
        </message>
        <message>
            <source>Whether everyone picks up the lower-numbered fork first instead of the left one.</source>
            <translation>是否每个人都先拿编号较小的叉子，而不是左手边的叉子。</translation>
        </message>
        <message>
            <source>Eat</source>
            <translation>进餐</translation>
        </message>
        <message>
            <source>How long a philosopher eats while holding both forks.</source>
            <translation>哲学家拿着两把叉子进餐的时长。</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>轮数</translation>
        </message>
        <message>
            <source>How many meals each philosopher wants.</source>
            <translation>每位哲学家想吃几顿饭。</translation>
        </message>
        <message>
            <source>fork %1</source>
            <translation>叉子 %1</translation>
        </message>
        <message>
            <source>philosopher %1</source>
            <translation>哲学家 %1</translation>
        </message>
        <message>
            <source>An event</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>One set() releases every thread waiting on the event.</source>
            <translation>一次 set() 会放行所有在该事件上等待的线程。</translation>
        </message>
        <message>
            <source>Waiters</source>
            <translation>等待者</translation>
        </message>
        <message>
            <source>How many threads wait on the event.</source>
            <translation>在事件上等待的线程数。</translation>
        </message>
        <message>
            <source>Set after</source>
            <translation>设置延迟</translation>
        </message>
        <message>
            <source>How long the main thread sleeps before it calls set().</source>
            <translation>主线程在调用 set() 之前休眠的时长。</translation>
        </message>
        <message>
            <source>A lock</source>
            <translation>锁</translation>
        </message>
        <message>
            <source>One thread at a time inside `with lock:`; the others queue at the door.</source>
            <translation>同一时刻只有一个线程在 `with lock:` 之内；其他线程在门外排队。</translation>
        </message>
        <message>
            <source>How many threads compete for the lock.</source>
            <translation>争用这把锁的线程数。</translation>
        </message>
        <message>
            <source>How many times each thread enters the critical section.</source>
            <translation>每个线程进入临界区的次数。</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>持有时长</translation>
        </message>
        <message>
            <source>How long a thread keeps the lock each time.</source>
            <translation>线程每次持有锁的时长。</translation>
        </message>
        <message>
            <source>Think</source>
            <translation>思考时长</translation>
        </message>
        <message>
            <source>How long a thread works without the lock between two turns.</source>
            <translation>线程在两次持锁之间不持锁工作的时长。</translation>
        </message>
        <message>
            <source>A race on a shared counter</source>
            <translation>共享计数器上的竞态</translation>
        </message>
        <message>
            <source>counter += 1 from several threads loses updates without a lock.</source>
            <translation>多个线程执行 counter += 1，没有锁就会丢失更新。</translation>
        </message>
        <message>
            <source>How many threads increment the counter.</source>
            <translation>递增计数器的线程数。</translation>
        </message>
        <message>
            <source>Increments</source>
            <translation>递增次数</translation>
        </message>
        <message>
            <source>How many times each thread adds 1.</source>
            <translation>每个线程加 1 的次数。</translation>
        </message>
        <message>
            <source>Use a lock</source>
            <translation>使用锁</translation>
        </message>
        <message>
            <source>Whether each increment runs inside `with counter_lock:`.</source>
            <translation>每次递增是否在 `with counter_lock:` 之内执行。</translation>
        </message>
        <message>
            <source>Switch window</source>
            <translation>切换窗口</translation>
        </message>
        <message>
            <source>A pause between the read and the write of each increment; 0 only yields to other threads.</source>
            <translation>每次递增在读与写之间的停顿；0 表示只让出给其他线程。</translation>
        </message>
        <message>
            <source>A re-entrant lock</source>
            <translation>可重入锁</translation>
        </message>
        <message>
            <source>The thread that holds an RLock may take it again; a plain Lock deadlocks on itself.</source>
            <translation>持有 RLock 的线程可以再次获取它；普通 Lock 则会自己把自己锁死。</translation>
        </message>
        <message>
            <source>Depth</source>
            <translation>深度</translation>
        </message>
        <message>
            <source>How many times the thread takes the lock, one inside the other.</source>
            <translation>线程嵌套获取锁的次数。</translation>
        </message>
        <message>
            <source>Re-entrant (RLock)</source>
            <translation>可重入（RLock）</translation>
        </message>
        <message>
            <source>RLock when true, a plain Lock when false.</source>
            <translation>为真时用 RLock，为假时用普通 Lock。</translation>
        </message>
        <message>
            <source>level %1</source>
            <translation>第 %1 层</translation>
        </message>
        <message>
            <source>A semaphore</source>
            <translation>信号量</translation>
        </message>
        <message>
            <source>A semaphore lets at most `permits` threads in at once.</source>
            <translation>信号量同一时刻最多放行 `permits` 个线程。</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>工作线程数</translation>
        </message>
        <message>
            <source>How many threads want a permit.</source>
            <translation>想要获取许可的线程数。</translation>
        </message>
        <message>
            <source>Permits</source>
            <translation>许可数</translation>
        </message>
        <message>
            <source>The semaphore's starting value: how many threads may hold a permit at once.</source>
            <translation>信号量的初始值：同一时刻可持有许可的线程数。</translation>
        </message>
        <message>
            <source>How long each worker keeps its permit.</source>
            <translation>每个工作线程持有许可的时长。</translation>
        </message>
        <message>
            <source>Start and join threads</source>
            <translation>启动与 join 线程</translation>
        </message>
        <message>
            <source>join() waits for a thread to finish; a main thread that only sleeps cuts unfinished threads off.</source>
            <translation>join() 会等待线程结束；只会休眠的主线程会切断尚未完成的线程。</translation>
        </message>
        <message>
            <source>How many threads to start.</source>
            <translation>要启动的线程数。</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>工作时长</translation>
        </message>
        <message>
            <source>How long each worker sleeps in place of real work.</source>
            <translation>每个工作线程用休眠代替实际工作的时长。</translation>
        </message>
        <message>
            <source>Main thread waits by</source>
            <translation>主线程的等待方式</translation>
        </message>
        <message>
            <source>join: threading.Thread and join() on every worker. sleep: _thread.start_new_thread, then time.sleep(main_sleep_ms) and the end of the program.</source>
            <translation>join：使用 threading.Thread，并对每个工作线程调用 join()。sleep：使用 _thread.start_new_thread，然后 time.sleep(main_sleep_ms)，程序随即结束。</translation>
        </message>
        <message>
            <source>Main thread sleeps</source>
            <translation>主线程休眠</translation>
        </message>
        <message>
            <source>With wait=sleep: how long the main thread sleeps before the program ends.</source>
            <translation>当 wait=sleep 时：主线程在程序结束前休眠的时长。</translation>
        </message>
        <message>
            <source>%1 starts</source>
            <translation>%1 启动</translation>
        </message>
        <message>
            <source>%1 ends</source>
            <translation>%1 结束</translation>
        </message>
        <message>
            <source>Producers make an item every 100 ms, put it in a shared list and notify the condition; consumers wait on the condition and take one item each time. The "items" lane counts the items ready to be taken. Follow the notify arrows from a producer to the consumer it wakes.

A notify is not remembered: it wakes the threads waiting at that moment and nobody else. With producer_first=true the producers have finished, notifies and all, before any consumer starts. A consumer that waits without a predicate then waits for a notify that is already gone: its lane stays waiting for good and the detector reports a lost wake-up. The course's example has the same flaw: it starts the consumer first, but nothing makes sure the consumer is already waiting when the producer notifies.

With predicate=true the consumer calls wait_for(lambda: len(stock) &gt; 0): it looks at the shared state first, waits only when there is nothing to take, and looks again after every wake-up, so it never misses an item whatever the order. With notify=all every waiting consumer wakes for each item and all but one go back to waiting; without a predicate such a consumer pops from an empty list and fails with IndexError. (The course's comment says notify() wakes all waiting threads: notify() wakes one, notify_all() wakes all.)

With producer_first=false the producers start once every consumer is inside wait() (the "consumers waiting" event, set while holding the condition's lock), so one item works even without a predicate. With more items and no predicate it comes down to timing: a notify that arrives while a consumer is between two waits is lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import threading
import time

producers = 1
consumers = 1
items = 1
notify = "one"                 # or "all"
predicate = True
producer_first = False

condition = threading.Condition()
stock = []                     # the "items" lane counts these
ready = threading.Event()      # "consumers waiting"
waiting = 0
total = producers * items
quotas = [total // consumers + (1 if i &lt; total % consumers else 0)
          for i in range(consumers)]
active = sum(1 for q in quotas if q &gt; 0)


def producer(p):
    for k in range(items):
        time.sleep(0.1)                  # making the item
        with condition:
            stock.append((p, k))
            if notify == "all":
                condition.notify_all()
            else:
                condition.notify()       # wakes one waiting thread, if any


def consumer(quota):
    global waiting
    for k in range(quota):
        with condition:
            if k == 0:
                waiting += 1
                if waiting == active:
                    ready.set()          # we hold the lock: no notify before our wait
            if predicate:
                condition.wait_for(lambda: len(stock) &gt; 0)
            else:
                condition.wait()         # trusts that a wake-up means an item
            stock.pop()                  # IndexError when it woke for nothing


ps = [threading.Thread(target=producer, args=(p,), name=f"producer {p + 1}")
      for p in range(producers)]
cs = [threading.Thread(target=consumer, args=(q,), name=f"consumer {i + 1}")
      for i, q in enumerate(quotas)]
if producer_first:
    for t in ps:
        t.start()
    for t in ps:
        t.join()                         # every notify is over before anyone waits
    for t in cs:
        t.start()
else:
    for t in cs:
        t.start()
    ready.wait()                         # every consumer is inside wait() now
    for t in ps:
        t.start()
for t in ps + cs:
    t.join()
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pop from empty list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A worker thread prints a tick (a mark on its lane) and sleeps for tick_ms, over and over. The main thread sleeps for main_ms and then reaches its end.

With daemon=true the worker's lane stops right where the main thread's does: at the end of the program Python does not wait for daemon threads, it stops them wherever they are, in the middle of a sleep here, without running their finally blocks. Their work is lost, so a daemon thread suits background chores that may be dropped, never writing a file.

With daemon=false the program waits for the worker after the main thread is done: look at how the worker's lane runs on past the main thread's. A real `while True` worker would keep the program alive forever; so that every run ends, this worker stops by itself after 2 * main_ms / tick_ms + 1 ticks.

The course says daemon threads end when the main thread ends. More exactly: when the main thread ends, Python first waits for every non-daemon thread, and only then, as the interpreter shuts down, are daemon threads cut off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import threading
import time

daemon = True
tick_ms = 1000
main_ms = 3000
max_ticks = 2 * main_ms // tick_ms + 1   # a bound, so that daemon=False ends


def ticker():
    for n in range(1, max_ticks + 1):
        print(f"tick {n}")
        time.sleep(tick_ms / 1000)


worker = threading.Thread(target=ticker, daemon=daemon)
worker.start()
time.sleep(main_ms / 1000)
print("main ends")
# Here Python joins every non-daemon thread, then stops the daemon ones.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each philosopher needs two forks, the one on the left and the one on the right, and each fork is a Lock shared with a neighbour. A philosopher picks up one fork, takes a moment to reach for the other (max(eat_ms / 2, 50) ms), eats for eat_ms holding both, puts both down and starts again, rounds times. They all begin together at the "start" barrier.

With ordered=false everyone takes the left fork first. Soon every philosopher holds a left fork and waits for the right one, which the neighbour holds and will not let go: the blocked bars never end. The detector finds a cycle in the wait-for graph (philosopher 1 waits for philosopher 2, who waits for philosopher 1) and stops the run; the cycle is in the outcome. Python would detect nothing: the program would simply hang.

With ordered=true everyone takes the lower-numbered fork first. A cycle needs somebody who holds a higher fork while waiting for a lower one, and nobody does that, so it cannot form. Philosophers still wait for each other now and then, but each eats rounds times (meals = philosophers * rounds). Taking locks in one agreed order everywhere is the usual cure.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import threading
import time

philosophers = 2
ordered = False
eat_ms = 100
rounds = 3
reach_ms = max(eat_ms / 2, 50)       # reaching for the second fork

forks = [threading.Lock() for _ in range(philosophers)]
start = threading.Barrier(philosophers)
meals = [0] * philosophers


def philosopher(i):
    left, right = i, (i + 1) % philosophers
    if ordered:
        first, second = min(left, right), max(left, right)
    else:
        first, second = left, right
    start.wait()
    for _ in range(rounds):
        with forks[first]:
            time.sleep(reach_ms / 1000)
            with forks[second]:
                meals[i] += 1
                time.sleep(eat_ms / 1000)


threads = [threading.Thread(target=philosopher, args=(i,),
                            name=f"philosopher {i + 1}")
           for i in range(philosophers)]
for t in threads:
    t.start()
for t in threads:
    t.join()                         # with ordered = False this never returns
print("meals:", sum(meals))
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Several threads call event.wait(); the main thread calls event.set() after set_after_ms. Watch the waiting bars end together: a single set() releases every waiter at once, one set arrow to each, where a Condition's notify() wakes one.

An event remembers: once set it stays set until clear(), and a thread that calls wait() later returns at once. That is why it cannot lose a wake-up the way a bare Condition.wait() can. The order in which the released threads get going (wake_order) is up to the operating system: do not rely on it.

The course's example waits for the Enter key before calling set(); here a timer (set_after_ms) stands in for the user. max_wait_ms is the longest any waiter waited.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import threading
import time

waiters = 3
set_after_ms = 1000

event = threading.Event()


def waiter():
    started = time.monotonic()
    event.wait()                     # returns at once if the event is already set
    waited_ms = (time.monotonic() - started) * 1000
    print(f"{threading.current_thread().name} released after {waited_ms:.0f} ms")


threads = [threading.Thread(target=waiter) for _ in range(waiters)]
for t in threads:
    t.start()
time.sleep(set_after_ms / 1000)      # the course waits for Enter here
event.set()                          # one call releases every waiter
for t in threads:
    t.join()
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each thread enters the critical section rounds times: it takes the lock, holds it for hold_ms, releases it and thinks for think_ms before its next turn. The lock's lane shows who holds it: one bar at a time, never two, so max_concurrent stays 1.

Watch the blocked bars on the thread lanes: a thread that finds the lock taken waits at the door, and the waiters form a queue (max_waiting says how long it got). Each release hands the lock to the next waiter: follow the release -&gt; acquire arrows. Python's Lock promises no particular order; this one hands over in arrival order so that the queue is easy to read.

When hold_ms is long compared with think_ms the threads spend most of their time blocked: the lock makes them take turns, and more threads only make the queue longer. Shorten hold_ms or lengthen think_ms and the blocked bars shrink.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import threading
import time

threads = 4
rounds = 3
hold_ms = 100
think_ms = 50

lock = threading.Lock()


def work():
    for _ in range(rounds):
        with lock:                       # one thread at a time in here
            time.sleep(hold_ms / 1000)   # the critical section
        time.sleep(think_ms / 1000)      # work that needs no lock


workers = [threading.Thread(target=work) for _ in range(threads)]
for t in workers:
    t.start()
for t in workers:
    t.join()
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every thread adds 1 to a shared counter, increments times. `counter += 1` is not one step: Python loads the value, adds one and stores the result. When another thread runs between the load and the store, both store the same number and one increment is lost. Watch the counter's step chart: it climbs more slowly than the threads work, and now and then steps back when a thread stores a value that is out of date.

CPython 3.10 and later switch threads only at a few points, and almost never between the LOAD and the STORE of a plain `+=`, so the course's example usually prints the right total even without a lock. The race is still there, only rare. This scenario makes it visible: each increment is an explicit read and write with a switch point between them, time.sleep(0) (a yield) when window_us is 0 and a real pause of window_us otherwise, which is what a thread switch between LOAD and STORE does. All threads start together at the "start" barrier, so they really overlap.

With lock=true each read-add-write runs inside `with counter_lock:`. Watch the lock's lane: one holder at a time, the other threads blocked at the door, and release -&gt; acquire arrows handing the lock on. Nothing is lost (counter equals expected), and the threads now take turns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import threading
import time

threads = 4
increments = 1000
lock = False
window_us = 0

counter = 0
counter_lock = threading.Lock()
start = threading.Barrier(threads)   # a starting gun: all begin together


def add_one():
    global counter
    v = counter                      # LOAD
    time.sleep(window_us / 1e6)      # another thread may run here
    counter = v + 1                  # STORE


def work():
    start.wait()
    for _ in range(increments):
        if lock:
            with counter_lock:
                add_one()
        else:
            add_one()


workers = [threading.Thread(target=work) for _ in range(threads)]
for t in workers:
    t.start()
for t in workers:
    t.join()

expected = threads * increments
print(f"counter={counter} expected={expected} lost={expected - counter}")
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A thread takes the lock and, while it holds it, calls a function that takes the same lock again, depth levels deep: like a method that holds a lock calling another method of the same object that locks too. Each level prints its number (the marks) and works for 100 ms.

With reentrant=true the lock is an RLock: it knows its owner and counts how deep the owner went. Another acquire by the owner only counts up, each release counts down, and the lock is free again when the count is back to zero. The lock's lane shows one hold from the first acquire to the last release.

With reentrant=false it is a plain Lock, which has no owner: the second acquire waits until somebody releases the lock, and the only thread that could is the one waiting. Its lane turns blocked at level 2 and stays so. The deadlock detector finds a cycle of one thread waiting for itself and stops the run (the main thread, in join(), would wait forever as well). depth_reached tells how far the thread got.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import threading
import time

depth = 2
reentrant = True

lock = threading.RLock() if reentrant else threading.Lock()


def enter(level):
    with lock:                   # from level 2 on, the owner asks again
        print(f"level {level}")
        time.sleep(0.1)
        if level &lt; depth:
            enter(level + 1)


t = threading.Thread(target=enter, args=(1,))
t.start()
t.join()                         # with a plain Lock this never returns
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The semaphore starts with `permits` permits. Each worker takes one (`with semaphore:`), holds it for hold_ms and gives it back. The permits lane is a step chart of the permits left: it drops to 0 and stays there while the semaphore is full.

Count the hold bars at any moment: never more than permits. Workers that arrive when none is left are blocked (their blocked bars) until a holder releases, and each release hands its permit straight to the first waiter: follow the release -&gt; acquire arrows. With the course's numbers, 4 workers and 2 permits, the work takes two rounds of hold_ms.

A lock is a semaphore with a single permit, with one difference: any thread may release a semaphore. A plain Semaphore even lets release() push the count above where it started; BoundedSemaphore turns that mistake into a ValueError.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import threading
import time

workers = 4
permits = 2
hold_ms = 2000

semaphore = threading.Semaphore(permits)


def work():
    name = threading.current_thread().name
    with semaphore:                  # blocks while every permit is taken
        print(f"{name} has a permit")
        time.sleep(hold_ms / 1000)
    print(f"{name} gave it back")


threads = [threading.Thread(target=work) for _ in range(workers)]
for t in threads:
    t.start()
for t in threads:
    t.join()
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each worker is a real thread that sleeps for work_ms in place of real work, and prints a line when it starts and when it ends (the marks on its lane). Look at the spawn arrows: start() returns at once, so all workers run side by side.

With wait=join the main thread calls join() on every worker. Its lane turns to waiting until the last worker has finished, and the program ends only after every worker printed its last line.

With wait=sleep the workers are started with _thread.start_new_thread and the main thread just sleeps for main_sleep_ms, hoping that is long enough. Such threads do not keep the program alive: when the main thread ends, the process exits and any worker still working is cut off (its lane ends cancelled and its last line never appears). Set main_sleep_ms below work_ms to see it.

The course's _thread example sleeps 3 s for 2 s of work, so it happens to work; on a busy machine, or when the work grows, the guess fails without any error. join() is the way to know that a thread has finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import _thread
import threading
import time

workers = 2
work_ms = 2000
wait = "join"            # or "sleep"
main_sleep_ms = 3000


def work(name):
    print(f"{name} starts")
    time.sleep(work_ms / 1000)
    print(f"{name} ends")


if wait == "join":
    threads = [threading.Thread(target=work, args=(f"Thread-{i + 1}",))
               for i in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()         # returns once that thread has finished
else:
    for i in range(workers):
        _thread.start_new_thread(work, (f"Thread-{i + 1}",))
    time.sleep(main_sleep_ms / 1000)   # a guess: is it long enough?

print("main ends")       # _thread threads still working die with the process
</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScenePainter</name>
        <message>
            <source>Running</source>
            <translation>运行中</translation>
        </message>
        <message>
            <source>Ready to run (waiting for a CPU)</source>
            <translation>就绪（等待 CPU）</translation>
        </message>
        <message>
            <source>Sleeping</source>
            <translation>休眠</translation>
        </message>
        <message>
            <source>Waiting in join()</source>
            <translation>在 join() 中等待</translation>
        </message>
        <message>
            <source>Waiting for I/O or other</source>
            <translation>等待 I/O 或其他</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>t = %1 of %2</source>
            <translation>t = %1 / %2</translation>
        </message>
        <message>
            <source>%1 The run was then stopped.</source>
            <translation>%1 随后运行被停止。</translation>
        </message>
        <message>
            <source>%1 printed: %2</source>
            <translation>%1 输出：%2</translation>
        </message>
        <message>
            <source>notify() found nobody waiting: the wake-up is lost</source>
            <translation>notify() 时没有人在等待：这次唤醒丢失了</translation>
        </message>
        <message>
            <source>set</source>
            <translation>已设置</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>未设置</translation>
        </message>
        <message>
            <source>nobody waits for notify()</source>
            <translation>没有人在等待 notify()</translation>
        </message>
        <message>
            <source>nobody waits for set()</source>
            <translation>没有人在等待 set()</translation>
        </message>
        <message>
            <source>nobody waits</source>
            <translation>没有人在等待</translation>
        </message>
        <message>
            <source>expected at the end: %1</source>
            <translation>最终应为：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n update(s) lost so far</source>
            <translation>
                <numerusform>目前已丢失 %n 次更新</numerusform>
            </translation>
        </message>
        <message>
            <source>Ready to run</source>
            <translation>就绪</translation>
        </message>
        <message>
            <source>free</source>
            <translation type="unfinished">空闲</translation>
        </message>
        <message>
            <source>✓ finished normally</source>
            <translation>✓ 正常结束</translation>
        </message>
        <message>
            <source>✕ cancelled (cut off)</source>
            <translation>✕ 已取消（被切断）</translation>
        </message>
        <message>
            <source>! failed (an exception)</source>
            <translation>! 失败（发生异常）</translation>
        </message>
        <message numerus="yes">
            <source>written %n time(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>SceneText</name>
        <message>
            <source>lock</source>
            <translation>锁</translation>
        </message>
        <message>
            <source>re-entrant lock</source>
            <translation>可重入锁</translation>
        </message>
        <message>
            <source>condition</source>
            <translation>条件变量</translation>
        </message>
        <message>
            <source>event</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>semaphore</source>
            <translation>信号量</translation>
        </message>
        <message>
            <source>barrier</source>
            <translation>栅栏</translation>
        </message>
        <message>
            <source>queue</source>
            <translation>队列</translation>
        </message>
        <message>
            <source>pipe</source>
            <translation>管道</translation>
        </message>
        <message>
            <source>socket</source>
            <translation>套接字</translation>
        </message>
        <message>
            <source>shared value</source>
            <translation>共享值</translation>
        </message>
        <message>
            <source>pool</source>
            <translation>池</translation>
        </message>
        <message>
            <source>event loop</source>
            <translation>事件循环</translation>
        </message>
        <message>
            <source>future</source>
            <translation>future</translation>
        </message>
        <message>
            <source>thread</source>
            <translation>线程</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>某个执行者</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>未启动</translation>
        </message>
        <message>
            <source>next in line</source>
            <translation>排在下一个</translation>
        </message>
        <message>
            <source>number %1 in line</source>
            <translation>排第 %1 位</translation>
        </message>
        <message>
            <source>not started yet</source>
            <translation>尚未启动</translation>
        </message>
        <message>
            <source>waits for %1 to finish (join)</source>
            <translation>等待 %1 结束（join）</translation>
        </message>
        <message>
            <source>waits for lock %1 (%2)</source>
            <translation>等待锁 %1（%2）</translation>
        </message>
        <message>
            <source>waits for lock %1, held by %2 (%3)</source>
            <translation>等待锁 %1，它被 %2 持有（%3）</translation>
        </message>
        <message>
            <source>waits for a permit of %1 (%2)</source>
            <translation>等待 %1 的许可（%2）</translation>
        </message>
        <message>
            <source>waits for a permit of %1, held by %2 (%3)</source>
            <translation>等待 %1 的许可，许可被 %2 持有（%3）</translation>
        </message>
        <message>
            <source>waits for a notify on %1</source>
            <translation>等待 %1 上的通知</translation>
        </message>
        <message>
            <source>waits for %1 to be set</source>
            <translation>等待 %1 被设置</translation>
        </message>
        <message>
            <source>waits for %1 %2</source>
            <translation>等待 %1 %2</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>holds %1</source>
            <translation>持有 %1</translation>
        </message>
        <message>
            <source>woken by %1</source>
            <translation>被 %1 唤醒</translation>
        </message>
        <message>
            <source>free</source>
            <translation>空闲</translation>
        </message>
        <message>
            <source>held by %1</source>
            <translation>被 %1 持有</translation>
        </message>
        <message>
            <source>held by %1, taken %2 times</source>
            <translation>被 %1 持有，获取了 %2 次</translation>
        </message>
        <message>
            <source>%1 of %2 permits free</source>
            <translation>%2 个许可中 %1 个空闲</translation>
        </message>
        <message>
            <source>set</source>
            <translation>已设置</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>未设置</translation>
        </message>
        <message numerus="yes">
            <source>%n waiting for a notify</source>
            <translation>
                <numerusform>%n 个在等待通知</numerusform>
            </translation>
        </message>
        <message>
            <source>value %1</source>
            <translation>值 %1</translation>
        </message>
        <message>
            <source>no value yet</source>
            <translation>尚无值</translation>
        </message>
        <message>
            <source>(expected %1 at the end)</source>
            <translation>（最终应为 %1）</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n 个条目</numerusform>
            </translation>
        </message>
        <message>
            <source>level %1</source>
            <translation>水平 %1</translation>
        </message>
        <message>
            <source>Stuck: nobody can ever go on.</source>
            <translation>卡住了：没有谁能再继续执行。</translation>
        </message>
        <message>
            <source>Stuck: %1</source>
            <translation>卡住了：%1</translation>
        </message>
        <message>
            <source>%1 waits for %2, held by %3</source>
            <translation>%1 等待 %2，它被 %3 持有</translation>
        </message>
        <message>
            <source>Deadlock: %1.</source>
            <translation>死锁：%1。</translation>
        </message>
        <message>
            <source>%1 of %2 have arrived</source>
            <translation>%2 个中已到达 %1 个</translation>
        </message>
        <message>
            <source>Deadlock: %1 waits for %2, which it holds itself.</source>
            <translation>死锁：%1 在等待 %2，而它自己正持有 %2。</translation>
        </message>
        <message>
            <source>Deadlock: each waits for what the next one holds: %1.</source>
            <translation>死锁：每个都在等待下一个持有的东西：%1。</translation>
        </message>
    </context>
    <context>
        <name>State</name>
        <message>
            <source>running</source>
            <translation>运行中</translation>
        </message>
        <message>
            <source>runnable</source>
            <translation>可运行</translation>
        </message>
        <message>
            <source>blocked</source>
            <translation>阻塞</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>等待</translation>
        </message>
        <message>
            <source>sleeping</source>
            <translation>休眠</translation>
        </message>
        <message>
            <source>I/O</source>
            <translation>I/O</translation>
        </message>
        <message>
            <source>suspended</source>
            <translation>挂起</translation>
        </message>
        <message>
            <source>done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>失败</translation>
        </message>
    </context>
    <context>
        <name>TimelineCounter</name>
        <message>
            <source>expected %1</source>
            <translation>应为 %1</translation>
        </message>
        <message>
            <source>%1 (%2 lost)</source>
            <translation>%1（丢失 %2）</translation>
        </message>
    </context>
    <context>
        <name>TimelineFlows</name>
        <message>
            <source>%1 arrows in view: zoom in to see them</source>
            <translation>视图中有 %1 个箭头：放大后可见</translation>
        </message>
    </context>
    <context>
        <name>TimelineInstants</name>
        <message>
            <source>Deadlock</source>
            <translation>死锁</translation>
        </message>
        <message>
            <source>Deadlock: %1</source>
            <translation>死锁：%1</translation>
        </message>
        <message>
            <source>exception</source>
            <translation>异常</translation>
        </message>
    </context>
    <context>
        <name>TimelineToolTip</name>
        <message numerus="yes">
            <source>%n permit(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>TokenPainter</name>
        <message>
            <source>release</source>
            <translation>释放</translation>
        </message>
        <message>
            <source>notify</source>
            <translation>通知</translation>
        </message>
        <message>
            <source>set</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>put</source>
            <translation>放入</translation>
        </message>
        <message>
            <source>send</source>
            <translation>发送</translation>
        </message>
        <message>
            <source>submit</source>
            <translation>提交</translation>
        </message>
        <message>
            <source>start</source>
            <translation>启动</translation>
        </message>
        <message>
            <source>cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>held by %1</source>
            <translation>被 %1 持有</translation>
        </message>
        <message>
            <source>join()</source>
            <translation>join()</translation>
        </message>
    </context>
    <context>
        <name>Trace</name>
        <message>
            <source>nobody was waiting: the notification is lost</source>
            <translation>没有人在等待：这次通知丢失了</translation>
        </message>
    </context>
    <context>
        <name>TraceIO</name>
        <message>
            <source>cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: no such file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is a directory, not a trace file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot open %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is too large for a trace (%2 bytes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished">%1：%2</translation>
        </message>
        <message>
            <source>event %1: %2 must be a string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>event %1: %2 must be a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>event %1: %2 must be an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the trace is not a JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the trace has no traceEvents array</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>event %1 is not a JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>otherData: the number %1 is out of range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>event %1: %2 must be an integer, not %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>event %1: %2 is negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>event %1: %2 is not a finite time in range (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>event %1: unsupported phase "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>event %1: %2 is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>event %1: unknown state "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>event %1: unknown flow kind "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>event %1: unknown instant kind "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the trace is too large (%1 bytes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not JSON: a NUL byte at byte %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the JSON is nested more than %1 levels deep (at byte %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not JSON: %1 (at byte %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 must be a string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 must be an integer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 must be an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 must be an array</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not an Interleave trace: otherData.interleave is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not an Interleave trace: otherData.interleave is not an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not an Interleave trace: otherData.interleave.format is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unsupported trace format %1 (this version reads format 1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 must be an integer from 0 to 2^64-1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 must be a time in range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>otherData.interleave.texts[%1] must be a string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>actor %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: unknown kind "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: parent %2 out of range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>actors %1 and %2 have the same pid and tid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>resource %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: owner %2 out of range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>event %1: actor %2 out of range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>event %1: no actor has pid %2 and tid %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>event %1: resource %2 out of range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>event %1: no resource is named "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>event %1: flow id %2 out of range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>event %1: unsupported phase</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>interleave</name>
        <message>
            <source>--size takes WIDTHxHEIGHT in pixels, e.g. 1600x900 (got '%1')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--size %1x%2 is out of range: width 200 to 16384, height 150 to 16384</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot export to '%1': use a .png, .svg or .pdf file name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the picture to FILE (.png, .svg or .pdf).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture size in pixels (default 1600x900).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try 'interleave --help'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an unknown resource</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lock</source>
            <translation type="unfinished">锁</translation>
        </message>
        <message>
            <source>RLock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>condition</source>
            <translation type="unfinished">条件变量</translation>
        </message>
        <message>
            <source>event</source>
            <translation type="unfinished">事件</translation>
        </message>
        <message>
            <source>semaphore</source>
            <translation type="unfinished">信号量</translation>
        </message>
        <message>
            <source>barrier</source>
            <translation type="unfinished">栅栏</translation>
        </message>
        <message>
            <source>thread</source>
            <translation type="unfinished">线程</translation>
        </message>
        <message>
            <source>%1 '%2'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>waits for %1 to finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>waits for %1, held by %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 waits for %2 to finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 waits for %2, held by %3, which has ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 waits for %2, held by %3</source>
            <translation type="unfinished">%1 等待 %2，它被 %3 持有</translation>
        </message>
        <message>
            <source>%1 waits on %2 but no running thread can notify it: a lost wake-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 waits for %2 but no running thread can set it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 waits at %2 but no running thread can arrive to fill it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 waits for %2 but no running thread can release it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 waits for %2 but no running thread can wake it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>parameter '%1' must be %2 (got %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not enough memory for a %1x%2 picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>could not encode the PNG picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interleave timeline of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>could not start the SVG picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>could not start the PDF document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>main thread</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>process</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>runnable (ready, waits for a CPU)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>blocked (on a lock or semaphore)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>waiting (condition, event, join, queue)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I/O (socket, pipe)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>suspended (awaiting in the event loop)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nobody</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waits for: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Held by: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Permit held by: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free permits: %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Length: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actor: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resource: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capacity: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Belongs to: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>interleave::Cli</name>
        <message>
            <source>Usage:
  interleave                                   open the desktop app
  interleave list [--json]                     list the scenarios and their parameters
  interleave run ID [--set NAME=VALUE]... [--seed N] [--trace FILE.json]
                [--export FILE.png|.svg|.pdf] [--size WxH] [--json]
                                               run a scenario
  interleave render FILE.json --export FILE.png|.svg|.pdf [--size WxH]
                                               draw a saved trace
  interleave --version | --help

Exit status: 0 when the run completed (a deadlock found is an outcome), 2 for bad
usage, an unknown scenario, a bad parameter or an invalid trace file, 1 for an
internal failure.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown command '%1'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print JSON.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'list' takes no arguments (got '%1').</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set a parameter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Random seed (default 1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the trace (Chrome JSON).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the run's summary as JSON.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'run' takes one scenario id, e.g. 'interleave run threads.race'; 'interleave list' shows them all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown scenario '%1'; known: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--set takes NAME=VALUE (got '%1')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown parameter '%1' for %2; known: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--seed takes a whole number from 0 to %1 (got '%2')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--trace writes Chrome trace JSON: give a file name ending in .json (got '%1')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 ms, %2 events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'render' takes one trace file: interleave render FILE.json --export FILE.png</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'render' needs --export FILE.png|.svg|.pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wrote %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>interleave::DeadlockDetector</name>
        <message>
            <source>%1 waits for %2, which it holds itself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, who %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>interleave::ExplanationPanel</name>
        <message>
            <source>What to notice</source>
            <translation>注意观察</translation>
        </message>
        <message>
            <source>The same in Python</source>
            <translation>对应的 Python 代码</translation>
        </message>
        <message>
            <source>This trace was recorded from the scenario “%1”, which this version does not know.</source>
            <translation>此追踪记录来自场景“%1”，当前版本不认识该场景。</translation>
        </message>
        <message>
            <source>Pick a scenario on the left to read what it shows.</source>
            <translation>在左侧选择一个场景，查看它演示的内容。</translation>
        </message>
    </context>
    <context>
        <name>interleave::ExportDialog</name>
        <message>
            <source>Export Image</source>
            <translation>导出图片</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation>PNG 图片</translation>
        </message>
        <message>
            <source>SVG drawing</source>
            <translation>SVG 矢量图</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>PDF 文档</translation>
        </message>
        <message>
            <source>The whole run</source>
            <translation>整个运行过程</translation>
        </message>
        <message>
            <source>The visible window</source>
            <translation>当前可见范围</translation>
        </message>
        <message>
            <source>The selection</source>
            <translation>选中的范围</translation>
        </message>
        <message>
            <source>192 DPI draws every pixel twice: crisp on high-density screens and in print</source>
            <translation>192 DPI 会以两倍像素绘制：在高分辨率屏幕和打印时更清晰</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>图例</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>格式：</translation>
        </message>
        <message>
            <source>Range:</source>
            <translation>范围：</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>尺寸：</translation>
        </message>
        <message>
            <source>Resolution:</source>
            <translation>分辨率：</translation>
        </message>
        <message>
            <source>Colours:</source>
            <translation>配色：</translation>
        </message>
        <message>
            <source>Include:</source>
            <translation>包含：</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>The whole run (%1)</source>
            <translation>整个运行过程（%1）</translation>
        </message>
        <message>
            <source>The visible window (%1 to %2)</source>
            <translation>当前可见范围（%1 至 %2）</translation>
        </message>
        <message>
            <source>The selection (%1 to %2)</source>
            <translation>选中的范围（%1 至 %2）</translation>
        </message>
        <message>
            <source>The selection (shift-drag on the timeline to make one)</source>
            <translation>选中的范围（在时间线上按住 Shift 拖动来选择）</translation>
        </message>
        <message>
            <source>pixels</source>
            <translation>像素</translation>
        </message>
        <message>
            <source>points</source>
            <translation>点</translation>
        </message>
    </context>
    <context>
        <name>interleave::HeaderPainter</name>
        <message>
            <source>Deadlock: %1 — each waits for something the next one holds, so none can go on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deadlock: %1</source>
            <translation type="unfinished">死锁：%1</translation>
        </message>
        <message>
            <source>Deadlock: no thread can go on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no deadlock</source>
            <translation type="unfinished">没有死锁</translation>
        </message>
        <message>
            <source>counter %1 of %2: %3 updates lost</source>
            <translation type="unfinished">计数器 %1 / %2：丢失了 %3 次更新</translation>
        </message>
        <message>
            <source>counter %1 of %2: no update lost</source>
            <translation type="unfinished">计数器 %1 / %2：没有丢失更新</translation>
        </message>
        <message>
            <source>at most %1 at once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>timed out</source>
            <translation type="unfinished">超时</translation>
        </message>
        <message>
            <source>no timeout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interleave trace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seed %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>run %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 events</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>interleave::ImageExporter</name>
        <message>
            <source>'%1' has no file extension: use .png, .svg or .pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unsupported format '.%1': use .png, .svg or .pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>picture size %1x%2 is out of range: width %3 to %5, height %4 to %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>resolution %1 dpi is out of range: 24 to 1200</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1x%2 at %3 dpi makes more than %4 pixels on a side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot write '%1': %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>interleave::InspectorModel</name>
        <message>
            <source>Actors</source>
            <translation>执行者</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>资源</translation>
        </message>
        <message>
            <source>since %1</source>
            <translation>自 %1 起</translation>
        </message>
        <message numerus="yes">
            <source>%1; %n waiting</source>
            <translation>
                <numerusform>%1；%n 个在等待</numerusform>
            </translation>
        </message>
        <message>
            <source>%1; waiting, in order: %2</source>
            <translation>%1；按顺序等待：%2</translation>
        </message>
        <message>
            <source>holds permit %1</source>
            <translation>持有许可 %1</translation>
        </message>
        <message>
            <source>holds it, %1 levels deep</source>
            <translation>持有它，重入 %1 层</translation>
        </message>
        <message>
            <source>holds it</source>
            <translation>持有它</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>起始时间</translation>
        </message>
    </context>
    <context>
        <name>interleave::LanePainter</name>
        <message>
            <source>RESOURCES</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>process %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>process %1 (pid %2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>interleave::LegendPainter</name>
        <message>
            <source>States</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>waits for (the holder's bar), at the deadlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>held by (the holder's colour and name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lost update (a write that did not raise the counter)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>interleave::MainWindow</name>
        <message>
            <source>Pick a scenario, then Run (Ctrl+R).</source>
            <translation>选择一个场景，然后运行（Ctrl+R）。</translation>
        </message>
        <message>
            <source>&amp;Open Trace…</source>
            <translation>打开追踪记录(&amp;O)…</translation>
        </message>
        <message>
            <source>Open a trace saved before (Ctrl+O)</source>
            <translation>打开之前保存的追踪记录（Ctrl+O）</translation>
        </message>
        <message>
            <source>&amp;Save Trace…</source>
            <translation>保存追踪记录(&amp;S)…</translation>
        </message>
        <message>
            <source>Save this run as a trace that Perfetto opens (Ctrl+S)</source>
            <translation>将本次运行保存为 Perfetto 可打开的追踪记录（Ctrl+S）</translation>
        </message>
        <message>
            <source>&amp;Export Image…</source>
            <translation>导出图片(&amp;E)…</translation>
        </message>
        <message>
            <source>Export the picture as PNG, SVG or PDF (Ctrl+E)</source>
            <translation>将画面导出为 PNG、SVG 或 PDF（Ctrl+E）</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>运行(&amp;R)</translation>
        </message>
        <message>
            <source>Run the scenario with these parameters (Ctrl+R, F5)</source>
            <translation>用这些参数运行场景（Ctrl+R、F5）</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>停止(&amp;T)</translation>
        </message>
        <message>
            <source>Stop the run (Esc)</source>
            <translation>停止运行（Esc）</translation>
        </message>
        <message>
            <source>Reset &amp;Parameters</source>
            <translation>重置参数(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Find Scenario</source>
            <translation>查找场景(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Play</source>
            <translation>播放(&amp;P)</translation>
        </message>
        <message>
            <source>P&amp;revious Event</source>
            <translation>上一个事件(&amp;R)</translation>
        </message>
        <message>
            <source>Move the playhead to the previous moment something happened (Left)</source>
            <translation>将播放头移到上一个发生事件的时刻（左方向键）</translation>
        </message>
        <message>
            <source>&amp;Next Event</source>
            <translation>下一个事件(&amp;N)</translation>
        </message>
        <message>
            <source>Move the playhead to the next moment something happens (Right)</source>
            <translation>将播放头移到下一个发生事件的时刻（右方向键）</translation>
        </message>
        <message>
            <source>Go to &amp;Start</source>
            <translation>跳到开头(&amp;S)</translation>
        </message>
        <message>
            <source>Go to &amp;End</source>
            <translation>跳到结尾(&amp;E)</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Fit the Whole Run</source>
            <translation>显示整个运行(&amp;F)</translation>
        </message>
        <message>
            <source>Show &amp;Legend</source>
            <translation>显示图例(&amp;L)</translation>
        </message>
        <message>
            <source>Follow the &amp;System</source>
            <translation>跟随系统(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>浅色(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>深色(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Reset Layout</source>
            <translation>重置布局(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About Interleave</source>
            <translation>关于 Interleave(&amp;A)</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>关于 Qt(&amp;Q)</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>场景</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>What It Shows</source>
            <translation>演示内容</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>检查器</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Playback</source>
            <translation>回放(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>主题(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation>面板(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>%1: press Run (Ctrl+R) to start.</source>
            <translation>%1：按“运行”（Ctrl+R）开始。</translation>
        </message>
        <message>
            <source>Cannot run</source>
            <translation>无法运行</translation>
        </message>
        <message>
            <source>Running…</source>
            <translation>正在运行…</translation>
        </message>
        <message>
            <source>Running %1…</source>
            <translation>正在运行 %1…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>正在停止…</translation>
        </message>
        <message>
            <source>Running %1… %2 events, %3</source>
            <translation>正在运行 %1… %2 个事件，%3</translation>
        </message>
        <message>
            <source>Deadlock found after %1 — %2 events. The playhead is at the moment it froze.</source>
            <translation>在 %1 后发现死锁 —— %2 个事件。播放头停在卡住的那一刻。</translation>
        </message>
        <message>
            <source>Stopped after %1 — %2 events.</source>
            <translation>在 %1 后停止 —— %2 个事件。</translation>
        </message>
        <message>
            <source>Finished in %1 — %2 events. Press Space to replay.</source>
            <translation>用时 %1 完成 —— %2 个事件。按空格键回放。</translation>
        </message>
        <message>
            <source>The run failed: %1</source>
            <translation>运行失败：%1</translation>
        </message>
        <message>
            <source>Run failed</source>
            <translation>运行失败</translation>
        </message>
        <message>
            <source>The run reported no outcome.</source>
            <translation>本次运行没有报告结果。</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>暂停(&amp;P)</translation>
        </message>
        <message>
            <source>Pause the replay (Space)</source>
            <translation>暂停回放（空格）</translation>
        </message>
        <message>
            <source>Replay the run (Space)</source>
            <translation>回放本次运行（空格）</translation>
        </message>
        <message>
            <source>Interleave</source>
            <translation>Interleave</translation>
        </message>
        <message>
            <source>%1 — Interleave</source>
            <translation>%1 — Interleave</translation>
        </message>
        <message>
            <source>Open Trace</source>
            <translation>打开追踪记录</translation>
        </message>
        <message>
            <source>Interleave traces (*.json);;All files (*)</source>
            <translation>Interleave 追踪记录 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Cannot open the trace</source>
            <translation>无法打开追踪记录</translation>
        </message>
        <message>
            <source>%1 could not be opened.

%2</source>
            <translation>无法打开 %1。

%2</translation>
        </message>
        <message>
            <source>Opened %1 — %2 events.</source>
            <translation>已打开 %1 —— %2 个事件。</translation>
        </message>
        <message>
            <source>Save Trace</source>
            <translation>保存追踪记录</translation>
        </message>
        <message>
            <source>Interleave traces (*.json)</source>
            <translation>Interleave 追踪记录 (*.json)</translation>
        </message>
        <message>
            <source>Cannot save the trace</source>
            <translation>无法保存追踪记录</translation>
        </message>
        <message>
            <source>%1 could not be written.

%2</source>
            <translation>无法写入 %1。

%2</translation>
        </message>
        <message>
            <source>Saved %1. Perfetto (ui.perfetto.dev) opens it too.</source>
            <translation>已保存 %1。Perfetto（ui.perfetto.dev）也能打开它。</translation>
        </message>
        <message>
            <source>Nothing to export</source>
            <translation>没有可导出的内容</translation>
        </message>
        <message>
            <source>Run a scenario or open a trace first.</source>
            <translation>请先运行一个场景或打开一个追踪记录。</translation>
        </message>
        <message>
            <source>Exported %1.</source>
            <translation>已导出 %1。</translation>
        </message>
        <message>
            <source>Cannot export the image</source>
            <translation>无法导出图片</translation>
        </message>
        <message>
            <source>About Interleave</source>
            <translation>关于 Interleave</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Interleave %1&lt;/h3&gt;&lt;p&gt;Makes concurrency visible: pick a scenario, run it for real, and watch every thread — when it runs, what it waits for, who holds what, who woke whom.&lt;/p&gt;&lt;p&gt;The scenarios follow a Python concurrency course: threading, concurrent.futures, multiprocessing, asyncio and sockets.&lt;/p&gt;&lt;p&gt;Built with Qt %2. MIT licence.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Interleave %1&lt;/h3&gt;&lt;p&gt;让并发看得见：选择一个场景，真实地运行它，观察每一个线程 —— 它何时运行、在等待什么、谁持有什么、谁唤醒了谁。&lt;/p&gt;&lt;p&gt;场景取自一门 Python 并发课程：threading、concurrent.futures、multiprocessing、asyncio 和 socket。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。MIT 许可证。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Slower (÷10)</source>
            <translation>减速(&amp;S)（÷10）</translation>
        </message>
        <message>
            <source>&amp;Faster (×10)</source>
            <translation>加速(&amp;F)（×10）</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
    </context>
    <context>
        <name>interleave::OutcomePanel</name>
        <message>
            <source>Run the scenario to see what happened.</source>
            <translation>运行场景，看看发生了什么。</translation>
        </message>
    </context>
    <context>
        <name>interleave::ParamForm</name>
        <message>
            <source>Reset to defaults</source>
            <translation>恢复默认值</translation>
        </message>
        <message>
            <source>Put every parameter back to the value the course uses</source>
            <translation>把所有参数恢复为课程中使用的值</translation>
        </message>
        <message>
            <source>Allowed: %1</source>
            <translation>允许的值：%1</translation>
        </message>
        <message>
            <source>This scenario has no parameters.</source>
            <translation>这个场景没有参数。</translation>
        </message>
    </context>
    <context>
        <name>interleave::ParamSpec</name>
        <message>
            <source>an integer from %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a number from %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one of: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>interleave::RecentFiles</name>
        <message>
            <source>Clear the list</source>
            <translation>清空列表</translation>
        </message>
    </context>
    <context>
        <name>interleave::ResourcePainter</name>
        <message>
            <source>semaphore, permits: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>queue, at most %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>free permits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no permit free: acquire() blocks</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>interleave::RunViews</name>
        <message>
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <source>Scene</source>
            <translation>场景图</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>检查器</translation>
        </message>
    </context>
    <context>
        <name>interleave::ScenarioBrowser</name>
        <message>
            <source>Filter scenarios</source>
            <translation>筛选场景</translation>
        </message>
    </context>
    <context>
        <name>interleave::ShortcutsDialog</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>按键</translation>
        </message>
        <message>
            <source>Zoom around the cursor</source>
            <translation>以光标为中心缩放</translation>
        </message>
        <message>
            <source>Mouse wheel</source>
            <translation>鼠标滚轮</translation>
        </message>
        <message>
            <source>Pan the timeline</source>
            <translation>平移时间线</translation>
        </message>
        <message>
            <source>Drag</source>
            <translation>拖动</translation>
        </message>
        <message>
            <source>Select a range</source>
            <translation>选择范围</translation>
        </message>
        <message>
            <source>Shift+Drag</source>
            <translation>Shift+拖动</translation>
        </message>
        <message>
            <source>Move the playhead</source>
            <translation>移动播放头</translation>
        </message>
        <message>
            <source>Drag the playhead or the slider</source>
            <translation>拖动播放头或滑块</translation>
        </message>
        <message>
            <source>Select an actor or event</source>
            <translation>选择一个执行者或事件</translation>
        </message>
        <message>
            <source>Click</source>
            <translation>单击</translation>
        </message>
    </context>
    <context>
        <name>interleave::TimelineToolTip</name>
        <message>
            <source>%1, id %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click to highlight its lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click or drag to move the playhead</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>interleave::TimelineView</name>
        <message>
            <source>No run yet: choose a scenario and press Run.</source>
            <translation>还没有运行：选择一个场景并按“运行”。</translation>
        </message>
    </context>
    <context>
        <name>interleave::TransportBar</name>
        <message>
            <source>Drag to move the playhead</source>
            <translation>拖动以移动播放头</translation>
        </message>
        <message>
            <source>Time at the playhead / length of the run</source>
            <translation>播放头所在时间 / 运行总时长</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>速度</translation>
        </message>
        <message>
            <source>Replay speed, from 100x real time down to 1e-5x (a microsecond lasts 0.1 s)</source>
            <translation>回放速度，从实际时间的 100 倍到 1e-5 倍（1 微秒持续 0.1 秒）</translation>
        </message>
        <message>
            <source>%1 ns</source>
            <translation>%1 ns</translation>
        </message>
        <message>
            <source>%1 µs</source>
            <translation>%1 µs</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
    </context>
</TS>
