<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AsyncSocket</name>
    <message>
        <source>no running event loop</source>
        <translation>没有正在运行的事件循环</translation>
    </message>
    <message>
        <source>another task is already waiting to write to this socket</source>
        <translation>已有另一个任务在等待向这个套接字写入</translation>
    </message>
    <message>
        <source>another task is already waiting to read from this socket</source>
        <translation>已有另一个任务在等待从这个套接字读取</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--size takes WIDTHxHEIGHT in pixels, e.g. 1600x900 (got &apos;%1&apos;)</source>
        <translation>--size 的格式是 WIDTHxHEIGHT，单位为像素，例如 1600x900（收到的是“%1”）</translation>
    </message>
    <message>
        <source>--size %1x%2 is out of range: width 200 to 16384, height 150 to 16384</source>
        <translation>--size %1x%2 超出范围：宽度 200 到 16384，高度 150 到 16384</translation>
    </message>
    <message>
        <source>cannot export to &apos;%1&apos;: use a .png, .svg or .pdf file name</source>
        <translation>无法导出到“%1”：请使用 .png、.svg 或 .pdf 文件名</translation>
    </message>
    <message>
        <source>Write the picture to FILE (.png, .svg or .pdf).</source>
        <translation>把图片写入 FILE（.png、.svg 或 .pdf）。</translation>
    </message>
    <message>
        <source>Picture size in pixels (default 1600x900).</source>
        <translation>图片尺寸，单位为像素（默认 1600x900）。</translation>
    </message>
    <message>
        <source>Try &apos;interleave --help&apos;.</source>
        <translation>请尝试“interleave --help”。</translation>
    </message>
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
        <translation>用法：
  interleave                                   打开桌面应用
  interleave list [--json]                     列出场景及其参数
  interleave run ID [--set NAME=VALUE]... [--seed N] [--trace FILE.json]
                [--export FILE.png|.svg|.pdf] [--size WxH] [--json]
                                               运行一个场景
  interleave render FILE.json --export FILE.png|.svg|.pdf [--size WxH]
                                               绘制已保存的追踪记录
  interleave --version | --help

退出状态：运行完成时为 0（发现死锁也算一种结果）；用法错误、未知场景、参数错误
或追踪记录文件无效时为 2；内部故障时为 1。
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>&apos;list&apos; takes no arguments (got &apos;%1&apos;).</source>
        <translation>“list”不接受参数（收到的是“%1”）。</translation>
    </message>
    <message>
        <source>Set a parameter.</source>
        <translation>设置一个参数。</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>Write the trace (Chrome JSON).</source>
        <translation>写出追踪记录（Chrome JSON）。</translation>
    </message>
    <message>
        <source>Print the run&apos;s summary as JSON.</source>
        <translation>以 JSON 格式输出本次运行的摘要。</translation>
    </message>
    <message>
        <source>&apos;run&apos; takes one scenario id, e.g. &apos;interleave run threads.race&apos;; &apos;interleave list&apos; shows them all.</source>
        <translation>“run”需要一个场景 id，例如“interleave run threads.race”；“interleave list”会列出所有场景。</translation>
    </message>
    <message>
        <source>unknown scenario &apos;%1&apos;; known: %2</source>
        <translation>未知场景“%1”；已知场景：%2</translation>
    </message>
    <message>
        <source>--set takes NAME=VALUE (got &apos;%1&apos;)</source>
        <translation>--set 的格式是 NAME=VALUE（收到的是“%1”）</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos; for %2; known: %3</source>
        <translation>%2 没有参数“%1”；已知参数：%3</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to %1 (got &apos;%2&apos;)</source>
        <translation>--seed 需要 0 到 %1 之间的整数（收到的是“%2”）</translation>
    </message>
    <message>
        <source>--trace writes Chrome trace JSON: give a file name ending in .json (got &apos;%1&apos;)</source>
        <translation>--trace 写出 Chrome 追踪 JSON：请给出以 .json 结尾的文件名（收到的是“%1”）</translation>
    </message>
    <message>
        <source>%1 ms, %2 events</source>
        <translation>%1 ms，%2 个事件</translation>
    </message>
    <message>
        <source>&apos;render&apos; takes one trace file: interleave render FILE.json --export FILE.png</source>
        <translation>“render”需要一个追踪记录文件：interleave render FILE.json --export FILE.png</translation>
    </message>
    <message>
        <source>&apos;render&apos; needs --export FILE.png|.svg|.pdf</source>
        <translation>“render”需要 --export FILE.png|.svg|.pdf</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>cannot wait on un-acquired lock</source>
        <translation>不能在未获取的锁上等待</translation>
    </message>
    <message>
        <source>cannot notify on un-acquired lock</source>
        <translation>不能在未获取的锁上通知</translation>
    </message>
</context>
<context>
    <name>Deadlock</name>
    <message>
        <source>an unknown resource</source>
        <translation>某个未知资源</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>锁</translation>
    </message>
    <message>
        <source>RLock</source>
        <translation>RLock</translation>
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
        <source>thread</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <source>waits for %1 to finish</source>
        <translation>等待 %1 结束</translation>
    </message>
    <message>
        <source>waits for %1, held by %2</source>
        <translation>等待 %1，它被 %2 持有</translation>
    </message>
    <message>
        <source>%1 waits for %2 to finish</source>
        <translation>%1 等待 %2 结束</translation>
    </message>
    <message>
        <source>%1 waits for %2, held by %3, which has ended</source>
        <translation>%1 等待 %2，它被 %3 持有，而持有者已经结束</translation>
    </message>
    <message>
        <source>%1 waits for %2, held by %3</source>
        <translation>%1 等待 %2，它被 %3 持有</translation>
    </message>
    <message>
        <source>%1 waits on %2 but no running thread can notify it: a lost wake-up</source>
        <translation>%1 在 %2 上等待，但没有正在运行的线程能通知它：唤醒丢失了</translation>
    </message>
    <message>
        <source>%1 waits for %2 but no running thread can set it</source>
        <translation>%1 等待 %2，但没有正在运行的线程能设置它</translation>
    </message>
    <message>
        <source>%1 waits at %2 but no running thread can arrive to fill it</source>
        <translation>%1 在 %2 处等待，但没有正在运行的线程能到达并凑齐人数</translation>
    </message>
    <message>
        <source>%1 waits for %2 but no running thread can release it</source>
        <translation>%1 等待 %2，但没有正在运行的线程能释放它</translation>
    </message>
    <message>
        <source>%1 waits for %2 but no running thread can wake it</source>
        <translation>%1 等待 %2，但没有正在运行的线程能唤醒它</translation>
    </message>
    <message>
        <source>%1 waits for %2, which it holds itself</source>
        <translation>%1 在等待 %2，而它自己正持有 %2</translation>
    </message>
    <message>
        <source>, who %1</source>
        <translation>，后者%1</translation>
    </message>
</context>
<context>
    <name>EventLoop</name>
    <message>
        <source>every task waits and nothing can wake them</source>
        <translation>每个任务都在等待，没有任何东西能唤醒它们</translation>
    </message>
</context>
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
    <message>
        <source>done → wake</source>
        <translation>完成 → 唤醒</translation>
    </message>
</context>
<context>
    <name>ImageExporter</name>
    <message>
        <source>not enough memory for a %1x%2 picture</source>
        <translation>内存不足，无法生成 %1x%2 的图片</translation>
    </message>
    <message>
        <source>could not encode the PNG picture</source>
        <translation>无法编码 PNG 图片</translation>
    </message>
    <message>
        <source>Interleave timeline of %1</source>
        <translation>%1 的 Interleave 时间线</translation>
    </message>
    <message>
        <source>could not start the SVG picture</source>
        <translation>无法开始生成 SVG 图片</translation>
    </message>
    <message>
        <source>could not start the PDF document</source>
        <translation>无法开始生成 PDF 文档</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no file extension: use .png, .svg or .pdf</source>
        <translation>“%1”没有文件扩展名：请使用 .png、.svg 或 .pdf</translation>
    </message>
    <message>
        <source>unsupported format &apos;.%1&apos;: use .png, .svg or .pdf</source>
        <translation>不支持的格式“.%1”：请使用 .png、.svg 或 .pdf</translation>
    </message>
    <message>
        <source>picture size %1x%2 is out of range: width %3 to %5, height %4 to %5</source>
        <translation>图片尺寸 %1x%2 超出范围：宽度 %3 到 %5，高度 %4 到 %5</translation>
    </message>
    <message>
        <source>resolution %1 dpi is out of range: 24 to 1200</source>
        <translation>分辨率 %1 dpi 超出范围：24 到 1200</translation>
    </message>
    <message>
        <source>%1x%2 at %3 dpi makes more than %4 pixels on a side</source>
        <translation>%1x%2 在 %3 dpi 下单边会超过 %4 像素</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
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
    <name>Lock</name>
    <message>
        <source>Lock is not acquired.</source>
        <translation>Lock 未被获取。</translation>
    </message>
</context>
<context>
    <name>LoopScene</name>
    <message>
        <source>one thread</source>
        <translation>一个线程</translation>
    </message>
    <message>
        <source>Event loop (runs on %1)</source>
        <translation>事件循环（运行在 %1 上）</translation>
    </message>
    <message>
        <source>runs one step of %1</source>
        <translation>运行 %1 的一步</translation>
    </message>
    <message>
        <source>idle: sleeps until the next timer</source>
        <translation>等定时器</translation>
    </message>
    <message>
        <source>idle: waits for I/O or a timer</source>
        <translation>等 I/O/定时器</translation>
    </message>
    <message>
        <source>Ready queue: %1 (the first, on the left, runs next)</source>
        <translation>就绪队列：%1（最左边的下一个运行）</translation>
    </message>
    <message>
        <source>Other threads</source>
        <translation>其他线程</translation>
    </message>
    <message>
        <source>Ready queue: %1</source>
        <translation>就绪队列：%1</translation>
    </message>
</context>
<context>
    <name>Net</name>
    <message>
        <source>bad request line &apos;%1&apos;</source>
        <translation>无效的请求行“%1”</translation>
    </message>
    <message>
        <source>the peer closed in the middle of the request&apos;s headers</source>
        <translation>对端在请求头中途关闭了连接</translation>
    </message>
    <message>
        <source>more than %1 headers</source>
        <translation>头部字段超过 %1 个</translation>
    </message>
    <message>
        <source>bad Content-Length &apos;%1&apos;</source>
        <translation>无效的 Content-Length“%1”</translation>
    </message>
    <message>
        <source>the client closed without sending a request</source>
        <translation>客户端未发送请求就关闭了连接</translation>
    </message>
    <message>
        <source>the server closed the connection without a response</source>
        <translation>服务器未发送响应就关闭了连接</translation>
    </message>
    <message>
        <source>bad status line &apos;%1&apos;</source>
        <translation>无效的状态行“%1”</translation>
    </message>
    <message>
        <source>bad header line &apos;%1&apos;</source>
        <translation>无效的头部行“%1”</translation>
    </message>
    <message>
        <source>line longer than %1 bytes: not the expected protocol</source>
        <translation>一行超过 %1 字节：不是预期的协议</translation>
    </message>
    <message>
        <source>the peer closed in the middle of a message (%1 bytes without an end of line)</source>
        <translation>对端在消息中途关闭了连接（%1 字节没有行结束符）</translation>
    </message>
    <message>
        <source>the peer closed in the middle of a message (%1 of %2 bytes)</source>
        <translation>对端在消息中途关闭了连接（%2 字节中只收到 %1 字节）</translation>
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
    <message>
        <source>task %1 raised %2</source>
        <translation>任务 %1 抛出 %2</translation>
    </message>
    <message>
        <source>shutdown() returned after %1 ms</source>
        <translation>shutdown() 在 %1 ms 后返回</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>took %1 ms</source>
        <translation>耗时 %1 ms</translation>
    </message>
    <message>
        <source>durations: %1</source>
        <translation>各自耗时：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n values, %1 – %2, median %3</source>
        <translation>
            <numerusform>%n 个值，%1 – %2，中位数 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 … and %n more</source>
        <translation>
            <numerusform>%1 … 还有 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>durations: %n values, %1 – %2 ms, median %3 ms</source>
        <translation>
            <numerusform>耗时：%n 个值，%1 – %2 ms，中位数 %3 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Params</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos; for this scenario; known: %2</source>
        <translation>这个场景没有参数“%1”；已知参数：%2</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; must be %2 (got %3)</source>
        <translation>参数“%1”必须是 %2（收到的是 %3）</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>%1 到 %2 之间的数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>以下之一：%1</translation>
    </message>
</context>
<context>
    <name>PoolScene</name>
    <message>
        <source>Callers</source>
        <translation>调用方</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>池</translation>
    </message>
    <message>
        <source>%1 · %2 workers</source>
        <translation>%1 · %2 个 worker</translation>
    </message>
    <message>
        <source>%1 queued · %2 running · %3 finished</source>
        <translation>%1 排队 · %2 运行中 · %3 已完成</translation>
    </message>
    <message>
        <source>GIL: free</source>
        <translation>GIL：空闲</translation>
    </message>
    <message numerus="yes">
        <source>GIL held by %1, %n waiting for it</source>
        <translation>
            <numerusform>GIL 被 %1 持有，%n 个在等待</numerusform>
        </translation>
    </message>
    <message>
        <source>work queue</source>
        <translation>工作队列</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <source>%1 · waits for GIL</source>
        <translation>%1 · 等待 GIL</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>waits for the GIL</source>
        <translation>等待 GIL</translation>
    </message>
    <message>
        <source>idle: waits for work</source>
        <translation>空闲：等待任务</translation>
    </message>
    <message>
        <source>waits for %1</source>
        <translation>等待 %1</translation>
    </message>
    <message>
        <source>Futures (submit() returns one at once; it fills in when the work is done)</source>
        <translation>Future（submit() 立即返回一个 future；工作完成时填入结果）</translation>
    </message>
    <message>
        <source>running on %1</source>
        <translation>在 %1 上运行</translation>
    </message>
    <message>
        <source>GIL</source>
        <translation>GIL</translation>
    </message>
</context>
<context>
    <name>Process</name>
    <message>
        <source>message too large: %1 bytes (at most %2)</source>
        <translation>消息过大：%1 字节（最多 %2 字节）</translation>
    </message>
    <message>
        <source>killed by %1</source>
        <translation>被 %1 杀死</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <source>terminated by %1</source>
        <translation>被 %1 终止</translation>
    </message>
    <message>
        <source>the worker executable %1 is missing or not executable; it is built next to the interleave program, or set INTERLEAVE_WORKER to its path</source>
        <translation>worker 可执行文件 %1 不存在或不可执行；它与 interleave 程序构建在同一目录下，也可以把 INTERLEAVE_WORKER 设为它的路径</translation>
    </message>
    <message>
        <source>cannot start a child process: the worker executable %1 is missing or not executable (%2); it is built next to the interleave program, or set INTERLEAVE_WORKER to its path</source>
        <translation>无法启动子进程：worker 可执行文件 %1 不存在或不可执行（%2）；它与 interleave 程序构建在同一目录下，也可以把 INTERLEAVE_WORKER 设为它的路径</translation>
    </message>
    <message>
        <source>cannot start a child process: %1</source>
        <translation>无法启动子进程：%1</translation>
    </message>
    <message>
        <source>cannot start the worker executable %1: %2</source>
        <translation>无法启动 worker 可执行文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>ProcessScene</name>
    <message>
        <source>main process</source>
        <translation>主进程</translation>
    </message>
    <message>
        <source>%1 · pid %2</source>
        <translation>%1 · pid %2</translation>
    </message>
    <message>
        <source>own memory</source>
        <translation>独立内存</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>尚未启动</translation>
    </message>
    <message>
        <source>exited normally</source>
        <translation>正常退出</translation>
    </message>
    <message>
        <source>Shared memory (every process sees it)</source>
        <translation>共享内存（每个进程都能看到）</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n waiting</source>
        <translation>
            <numerusform>%1；%n 个在等待</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing on its way</source>
        <translation>没有在途的消息</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <source>pid %1 · %2</source>
        <translation>pid %1 · %2</translation>
    </message>
    <message>
        <source>Shared memory</source>
        <translation>共享内存</translation>
    </message>
</context>
<context>
    <name>PyError</name>
    <message>
        <source>parties must be &gt;= 1</source>
        <translation>parties 必须 &gt;= 1</translation>
    </message>
    <message>
        <source>cannot wait on un-acquired lock</source>
        <translation>不能在未获取的锁上等待</translation>
    </message>
    <message>
        <source>cannot notify on un-acquired lock</source>
        <translation>不能在未获取的锁上通知</translation>
    </message>
    <message>
        <source>release unlocked lock</source>
        <translation>释放了未锁定的锁</translation>
    </message>
    <message>
        <source>cannot release un-acquired lock</source>
        <translation>不能释放未获取的锁</translation>
    </message>
    <message>
        <source>semaphore initial value must be &gt;= 0</source>
        <translation>信号量的初始值必须 &gt;= 0</translation>
    </message>
    <message>
        <source>can&apos;t specify timeout for non-blocking acquire</source>
        <translation>非阻塞 acquire 不能指定超时</translation>
    </message>
    <message>
        <source>n must be one or more</source>
        <translation>n 必须大于等于 1</translation>
    </message>
    <message>
        <source>Semaphore released too many times</source>
        <translation>Semaphore 释放次数过多</translation>
    </message>
    <message>
        <source>thread.__init__() not called</source>
        <translation>未调用 thread.__init__()</translation>
    </message>
    <message>
        <source>threads can only be started once</source>
        <translation>线程只能启动一次</translation>
    </message>
    <message>
        <source>can&apos;t start new thread</source>
        <translation>无法启动新线程</translation>
    </message>
    <message>
        <source>cannot join thread before it is started</source>
        <translation>线程启动之前不能 join</translation>
    </message>
    <message>
        <source>cannot join current thread</source>
        <translation>不能 join 当前线程</translation>
    </message>
    <message>
        <source>can&apos;t specify a timeout for a non-blocking call</source>
        <translation>非阻塞调用不能指定超时</translation>
    </message>
    <message>
        <source>timeout value must be a non-negative number</source>
        <translation>超时值必须是非负数</translation>
    </message>
    <message>
        <source>%1 (of %2) futures unfinished</source>
        <translation>%1 个（共 %2 个）future 未完成</translation>
    </message>
    <message>
        <source>max_workers must be greater than 0</source>
        <translation>max_workers 必须大于 0</translation>
    </message>
    <message>
        <source>cannot schedule new futures after shutdown</source>
        <translation>shutdown 之后不能再调度新的 future</translation>
    </message>
    <message>
        <source>handle is closed</source>
        <translation>句柄已关闭</translation>
    </message>
    <message>
        <source>connection is read-only</source>
        <translation>连接是只读的</translation>
    </message>
    <message>
        <source>[Errno 32] Broken pipe</source>
        <translation>[Errno 32] 管道已断开（Broken pipe）</translation>
    </message>
    <message>
        <source>connection is write-only</source>
        <translation>连接是只写的</translation>
    </message>
    <message>
        <source>the manager is gone</source>
        <translation>manager 已不存在</translation>
    </message>
    <message>
        <source>Process.__init__() not called</source>
        <translation>未调用 Process.__init__()</translation>
    </message>
    <message>
        <source>cannot start a process twice</source>
        <translation>进程不能启动两次</translation>
    </message>
    <message>
        <source>Pool not running</source>
        <translation>Pool 未在运行</translation>
    </message>
    <message>
        <source>Queue is closed</source>
        <translation>Queue 已关闭</translation>
    </message>
    <message>
        <source>attempt to release recursive lock not owned by thread</source>
        <translation>试图释放不属于当前线程的递归锁</translation>
    </message>
    <message>
        <source>semaphore or lock released too many times</source>
        <translation>信号量或锁的释放次数过多</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>task_done() called too many times</source>
        <translation>task_done() 调用次数过多</translation>
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
    <message>
        <source>timer</source>
        <translation>定时器</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>unknown scenario &apos;%1&apos;; known: %2</source>
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
        <source>The semaphore&apos;s starting value: how many threads may hold a permit at once.</source>
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
        <source>Producers make an item every 100 ms, put it in a shared list and notify the condition; consumers wait on the condition and take one item each time. The &quot;items&quot; lane counts the items ready to be taken. Follow the notify arrows from a producer to the consumer it wakes.

A notify is not remembered: it wakes the threads waiting at that moment and nobody else. With producer_first=true the producers have finished, notifies and all, before any consumer starts. A consumer that waits without a predicate then waits for a notify that is already gone: its lane stays waiting for good and the detector reports a lost wake-up. The course&apos;s example has the same flaw: it starts the consumer first, but nothing makes sure the consumer is already waiting when the producer notifies.

With predicate=true the consumer calls wait_for(lambda: len(stock) &gt; 0): it looks at the shared state first, waits only when there is nothing to take, and looks again after every wake-up, so it never misses an item whatever the order. With notify=all every waiting consumer wakes for each item and all but one go back to waiting; without a predicate such a consumer pops from an empty list and fails with IndexError. (The course&apos;s comment says notify() wakes all waiting threads: notify() wakes one, notify_all() wakes all.)

With producer_first=false the producers start once every consumer is inside wait() (the &quot;consumers waiting&quot; event, set while holding the condition&apos;s lock), so one item works even without a predicate. With more items and no predicate it comes down to timing: a notify that arrives while a consumer is between two waits is lost.</source>
        <translation>生产者每 100 ms 生产一个条目，把它放进共享列表并通知条件变量；消费者在条件变量上等待，每次取走一个条目。“items”泳道统计可以取走的条目数。顺着通知箭头，就能从生产者找到被它唤醒的消费者。

通知不会被记住：它只唤醒那一刻正在等待的线程，不会唤醒别人。当 producer_first=true 时，生产者在任何消费者启动之前就已全部完成，连同所有通知。这时不带谓词等待的消费者，等的是一个早已过去的通知：它的泳道永远停在等待状态，检测器报告一次丢失的唤醒。课程中的例子也有同样的缺陷：它先启动消费者，但没有任何机制保证生产者发出通知时消费者已经在等待。

当 predicate=true 时，消费者调用 wait_for(lambda: len(stock) &gt; 0)：它先查看共享状态，只有在没有可取的条目时才等待，并在每次被唤醒后再查看一次，所以无论顺序如何都不会错过条目。当 notify=all 时，每个条目都会唤醒所有等待中的消费者，除一个以外其余都回去继续等待；如果不带谓词，这样的消费者会从空列表中 pop，并以 IndexError 失败。（课程中的注释说 notify() 会唤醒所有等待的线程：其实 notify() 只唤醒一个，notify_all() 才唤醒所有。）

当 producer_first=false 时，生产者要等每个消费者都进入 wait() 之后才启动（即“等待中的消费者”事件，它在持有条件变量的锁时被设置），所以即使不带谓词，一个条目也能正常工作。条目更多而又不带谓词时，就全看时机了：在消费者处于两次等待之间时到达的通知会丢失。</translation>
    </message>
    <message>
        <source>import threading
import time

producers = 1
consumers = 1
items = 1
notify = &quot;one&quot;                 # or &quot;all&quot;
predicate = True
producer_first = False

condition = threading.Condition()
stock = []                     # the &quot;items&quot; lane counts these
ready = threading.Event()      # &quot;consumers waiting&quot;
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
            if notify == &quot;all&quot;:
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


ps = [threading.Thread(target=producer, args=(p,), name=f&quot;producer {p + 1}&quot;)
      for p in range(producers)]
cs = [threading.Thread(target=consumer, args=(q,), name=f&quot;consumer {i + 1}&quot;)
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
        <translation>import threading
import time

producers = 1
consumers = 1
items = 1
notify = &quot;one&quot;                 # 或 &quot;all&quot;
predicate = True
producer_first = False

condition = threading.Condition()
stock = []                     # “items”泳道统计的就是它们
ready = threading.Event()      # “等待中的消费者”
waiting = 0
total = producers * items
quotas = [total // consumers + (1 if i &lt; total % consumers else 0)
          for i in range(consumers)]
active = sum(1 for q in quotas if q &gt; 0)


def producer(p):
    for k in range(items):
        time.sleep(0.1)                  # 生产条目
        with condition:
            stock.append((p, k))
            if notify == &quot;all&quot;:
                condition.notify_all()
            else:
                condition.notify()       # 唤醒一个等待的线程（如果有的话）


def consumer(quota):
    global waiting
    for k in range(quota):
        with condition:
            if k == 0:
                waiting += 1
                if waiting == active:
                    ready.set()          # 我们持有锁：在我们 wait 之前不会有通知
            if predicate:
                condition.wait_for(lambda: len(stock) &gt; 0)
            else:
                condition.wait()         # 相信被唤醒就意味着有条目
            stock.pop()                  # 白白被唤醒时抛出 IndexError


ps = [threading.Thread(target=producer, args=(p,), name=f&quot;producer {p + 1}&quot;)
      for p in range(producers)]
cs = [threading.Thread(target=consumer, args=(q,), name=f&quot;consumer {i + 1}&quot;)
      for i, q in enumerate(quotas)]
if producer_first:
    for t in ps:
        t.start()
    for t in ps:
        t.join()                         # 在任何人等待之前，所有通知都已结束
    for t in cs:
        t.start()
else:
    for t in cs:
        t.start()
    ready.wait()                         # 现在每个消费者都已在 wait() 之中
    for t in ps:
        t.start()
for t in ps + cs:
    t.join()
</translation>
    </message>
    <message>
        <source>pop from empty list</source>
        <translation>从空列表中 pop</translation>
    </message>
    <message>
        <source>A worker thread prints a tick (a mark on its lane) and sleeps for tick_ms, over and over. The main thread sleeps for main_ms and then reaches its end.

With daemon=true the worker&apos;s lane stops right where the main thread&apos;s does: at the end of the program Python does not wait for daemon threads, it stops them wherever they are, in the middle of a sleep here, without running their finally blocks. Their work is lost, so a daemon thread suits background chores that may be dropped, never writing a file.

With daemon=false the program waits for the worker after the main thread is done: look at how the worker&apos;s lane runs on past the main thread&apos;s. A real `while True` worker would keep the program alive forever; so that every run ends, this worker stops by itself after 2 * main_ms / tick_ms + 1 ticks.

The course says daemon threads end when the main thread ends. More exactly: when the main thread ends, Python first waits for every non-daemon thread, and only then, as the interpreter shuts down, are daemon threads cut off.</source>
        <translation>工作线程输出一次滴答（它泳道上的一个标记），然后休眠 tick_ms，如此反复。主线程休眠 main_ms 后执行到末尾。

当 daemon=true 时，工作线程的泳道恰好在主线程的泳道结束处停止：程序结束时 Python 不会等待守护线程，而是在它们所处的任何位置把它们终止（这里是在一次休眠之中），也不运行它们的 finally 块。它们的工作就此丢失，所以守护线程适合可以丢弃的后台杂务，绝不能用来写文件。

当 daemon=false 时，主线程结束后程序会等待工作线程：看看工作线程的泳道如何越过主线程的泳道继续延伸。真正的 `while True` 工作线程会让程序永远运行下去；为了让每次运行都能结束，这个工作线程在 2 * main_ms / tick_ms + 1 次滴答后自行停止。

课程中说守护线程会在主线程结束时结束。更确切地说：主线程结束时，Python 先等待所有非守护线程，之后在解释器关闭时，守护线程才被切断。</translation>
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
        print(f&quot;tick {n}&quot;)
        time.sleep(tick_ms / 1000)


worker = threading.Thread(target=ticker, daemon=daemon)
worker.start()
time.sleep(main_ms / 1000)
print(&quot;main ends&quot;)
# Here Python joins every non-daemon thread, then stops the daemon ones.
</source>
        <translation>import threading
import time

daemon = True
tick_ms = 1000
main_ms = 3000
max_ticks = 2 * main_ms // tick_ms + 1   # 一个上限，让 daemon=False 时也能结束


def ticker():
    for n in range(1, max_ticks + 1):
        print(f&quot;tick {n}&quot;)
        time.sleep(tick_ms / 1000)


worker = threading.Thread(target=ticker, daemon=daemon)
worker.start()
time.sleep(main_ms / 1000)
print(&quot;main ends&quot;)
# 在这里 Python 先 join 每个非守护线程，然后终止守护线程。
</translation>
    </message>
    <message>
        <source>Each philosopher needs two forks, the one on the left and the one on the right, and each fork is a Lock shared with a neighbour. A philosopher picks up one fork, takes a moment to reach for the other (max(eat_ms / 2, 50) ms), eats for eat_ms holding both, puts both down and starts again, rounds times. They all begin together at the &quot;start&quot; barrier.

With ordered=false everyone takes the left fork first. Soon every philosopher holds a left fork and waits for the right one, which the neighbour holds and will not let go: the blocked bars never end. The detector finds a cycle in the wait-for graph (philosopher 1 waits for philosopher 2, who waits for philosopher 1) and stops the run; the cycle is in the outcome. Python would detect nothing: the program would simply hang.

With ordered=true everyone takes the lower-numbered fork first. A cycle needs somebody who holds a higher fork while waiting for a lower one, and nobody does that, so it cannot form. Philosophers still wait for each other now and then, but each eats rounds times (meals = philosophers * rounds). Taking locks in one agreed order everywhere is the usual cure.</source>
        <translation>每位哲学家需要两把叉子，左手边一把、右手边一把，每把叉子都是与邻座共用的一个 Lock。哲学家拿起一把叉子，花一点时间去够另一把（max(eat_ms / 2, 50) ms），拿着两把叉子进餐 eat_ms，然后放下两把叉子重新开始，共 rounds 轮。他们都在“start”栅栏处同时开始。

当 ordered=false 时，每个人都先拿左手边的叉子。很快每位哲学家都拿着左叉、等着右叉，而右叉被邻座拿着且不会放手：阻塞色条永远不会结束。检测器在等待图中发现一个环（哲学家 1 等待哲学家 2，而哲学家 2 等待哲学家 1），并停止运行；这个环会写在结果中。Python 则什么也检测不到：程序只会一直挂住。

当 ordered=true 时，每个人都先拿编号较小的叉子。要形成环，就需要有人拿着编号较大的叉子去等编号较小的，而没有人这样做，所以环无法形成。哲学家之间仍然会不时相互等待，但每个人都能吃满 rounds 顿（meals = philosophers * rounds）。在所有地方都按同一个约定的顺序获取锁，是通常的解决办法。</translation>
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
                            name=f&quot;philosopher {i + 1}&quot;)
           for i in range(philosophers)]
for t in threads:
    t.start()
for t in threads:
    t.join()                         # with ordered = False this never returns
print(&quot;meals:&quot;, sum(meals))
</source>
        <translation>import threading
import time

philosophers = 2
ordered = False
eat_ms = 100
rounds = 3
reach_ms = max(eat_ms / 2, 50)       # 伸手去拿第二把叉子

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
                            name=f&quot;philosopher {i + 1}&quot;)
           for i in range(philosophers)]
for t in threads:
    t.start()
for t in threads:
    t.join()                         # ordered = False 时这里永远不会返回
print(&quot;meals:&quot;, sum(meals))
</translation>
    </message>
    <message>
        <source>Several threads call event.wait(); the main thread calls event.set() after set_after_ms. Watch the waiting bars end together: a single set() releases every waiter at once, one set arrow to each, where a Condition&apos;s notify() wakes one.

An event remembers: once set it stays set until clear(), and a thread that calls wait() later returns at once. That is why it cannot lose a wake-up the way a bare Condition.wait() can. The order in which the released threads get going (wake_order) is up to the operating system: do not rely on it.

The course&apos;s example waits for the Enter key before calling set(); here a timer (set_after_ms) stands in for the user. max_wait_ms is the longest any waiter waited.</source>
        <translation>几个线程调用 event.wait()；主线程在 set_after_ms 之后调用 event.set()。注意这些等待色条同时结束：一次 set() 会同时放行所有等待者，向每个等待者各画一个 set 箭头，而 Condition 的 notify() 只唤醒一个。

事件是有记忆的：一旦被设置，它会保持设置状态直到 clear()，之后再调用 wait() 的线程会立即返回。这就是它不会像单纯的 Condition.wait() 那样丢失唤醒的原因。被放行的线程按什么顺序开始运行（wake_order）由操作系统决定：不要依赖它。

课程中的例子在调用 set() 之前等待用户按下回车键；这里用一个定时器（set_after_ms）代替用户。max_wait_ms 是所有等待者中等待最久的时长。</translation>
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
    print(f&quot;{threading.current_thread().name} released after {waited_ms:.0f} ms&quot;)


threads = [threading.Thread(target=waiter) for _ in range(waiters)]
for t in threads:
    t.start()
time.sleep(set_after_ms / 1000)      # the course waits for Enter here
event.set()                          # one call releases every waiter
for t in threads:
    t.join()
</source>
        <translation>import threading
import time

waiters = 3
set_after_ms = 1000

event = threading.Event()


def waiter():
    started = time.monotonic()
    event.wait()                     # 如果事件已被设置，立即返回
    waited_ms = (time.monotonic() - started) * 1000
    print(f&quot;{threading.current_thread().name} released after {waited_ms:.0f} ms&quot;)


threads = [threading.Thread(target=waiter) for _ in range(waiters)]
for t in threads:
    t.start()
time.sleep(set_after_ms / 1000)      # 课程在这里等待回车键
event.set()                          # 一次调用放行所有等待者
for t in threads:
    t.join()
</translation>
    </message>
    <message>
        <source>Each thread enters the critical section rounds times: it takes the lock, holds it for hold_ms, releases it and thinks for think_ms before its next turn. The lock&apos;s lane shows who holds it: one bar at a time, never two, so max_concurrent stays 1.

Watch the blocked bars on the thread lanes: a thread that finds the lock taken waits at the door, and the waiters form a queue (max_waiting says how long it got). Each release hands the lock to the next waiter: follow the release -&gt; acquire arrows. Python&apos;s Lock promises no particular order; this one hands over in arrival order so that the queue is easy to read.

When hold_ms is long compared with think_ms the threads spend most of their time blocked: the lock makes them take turns, and more threads only make the queue longer. Shorten hold_ms or lengthen think_ms and the blocked bars shrink.</source>
        <translation>每个线程进入临界区 rounds 次：获取锁，持有 hold_ms，释放锁，然后思考 think_ms 再进行下一轮。锁的泳道显示由谁持有它：同一时刻只有一个色条，从不会有两个，所以 max_concurrent 保持为 1。

注意线程泳道上的阻塞色条：发现锁已被占用的线程在门外等待，等待者排成一个队列（max_waiting 表示队列最长时有多长）。每次释放都会把锁交给下一个等待者：顺着 release -&gt; acquire 箭头看。Python 的 Lock 不保证任何特定顺序；这里按到达顺序交接，以便队列易于阅读。

当 hold_ms 比 think_ms 长时，线程大部分时间都处于阻塞状态：锁让它们轮流执行，线程越多只会让队列越长。缩短 hold_ms 或延长 think_ms，阻塞色条就会变短。</translation>
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
        <translation>import threading
import time

threads = 4
rounds = 3
hold_ms = 100
think_ms = 50

lock = threading.Lock()


def work():
    for _ in range(rounds):
        with lock:                       # 同一时刻只有一个线程在这里
            time.sleep(hold_ms / 1000)   # 临界区
        time.sleep(think_ms / 1000)      # 不需要锁的工作


workers = [threading.Thread(target=work) for _ in range(threads)]
for t in workers:
    t.start()
for t in workers:
    t.join()
</translation>
    </message>
    <message>
        <source>Every thread adds 1 to a shared counter, increments times. `counter += 1` is not one step: Python loads the value, adds one and stores the result. When another thread runs between the load and the store, both store the same number and one increment is lost. Watch the counter&apos;s step chart: it climbs more slowly than the threads work, and now and then steps back when a thread stores a value that is out of date.

CPython 3.10 and later switch threads only at a few points, and almost never between the LOAD and the STORE of a plain `+=`, so the course&apos;s example usually prints the right total even without a lock. The race is still there, only rare. This scenario makes it visible: each increment is an explicit read and write with a switch point between them, time.sleep(0) (a yield) when window_us is 0 and a real pause of window_us otherwise, which is what a thread switch between LOAD and STORE does. All threads start together at the &quot;start&quot; barrier, so they really overlap.

With lock=true each read-add-write runs inside `with counter_lock:`. Watch the lock&apos;s lane: one holder at a time, the other threads blocked at the door, and release -&gt; acquire arrows handing the lock on. Nothing is lost (counter equals expected), and the threads now take turns.</source>
        <translation>每个线程对一个共享计数器加 1，共 increments 次。`counter += 1` 并不是一步：Python 先读取值，加一，再存回结果。如果另一个线程在读取和存储之间运行，两个线程就会存入同一个数，一次递增就丢失了。注意计数器的阶梯图：它的增长比线程的工作量慢，而且当某个线程存入过时的值时，还会不时往回退一步。

CPython 3.10 及以后的版本只在少数几个位置切换线程，几乎从不会在一个普通 `+=` 的 LOAD 和 STORE 之间切换，所以即使没有锁，课程中的例子通常也能打印出正确的总数。竞态仍然存在，只是很少出现。这个场景让它变得可见：每次递增都是一次显式的读和写，中间有一个切换点：window_us 为 0 时是 time.sleep(0)（让出），否则是一次长为 window_us 的真实停顿，这正是在 LOAD 与 STORE 之间发生一次线程切换的效果。所有线程都在“start”栅栏处同时开始，所以它们确实会重叠执行。

当 lock=true 时，每次读-加-写都在 `with counter_lock:` 之内执行。注意锁的泳道：同一时刻只有一个持有者，其他线程阻塞在门外，release -&gt; acquire 箭头把锁依次传下去。没有任何更新丢失（counter 等于 expected），线程们现在轮流执行。</translation>
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
print(f&quot;counter={counter} expected={expected} lost={expected - counter}&quot;)
</source>
        <translation>import threading
import time

threads = 4
increments = 1000
lock = False
window_us = 0

counter = 0
counter_lock = threading.Lock()
start = threading.Barrier(threads)   # 发令枪：所有线程同时开始


def add_one():
    global counter
    v = counter                      # LOAD
    time.sleep(window_us / 1e6)      # 另一个线程可能在这里运行
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
print(f&quot;counter={counter} expected={expected} lost={expected - counter}&quot;)
</translation>
    </message>
    <message>
        <source>A thread takes the lock and, while it holds it, calls a function that takes the same lock again, depth levels deep: like a method that holds a lock calling another method of the same object that locks too. Each level prints its number (the marks) and works for 100 ms.

With reentrant=true the lock is an RLock: it knows its owner and counts how deep the owner went. Another acquire by the owner only counts up, each release counts down, and the lock is free again when the count is back to zero. The lock&apos;s lane shows one hold from the first acquire to the last release.

With reentrant=false it is a plain Lock, which has no owner: the second acquire waits until somebody releases the lock, and the only thread that could is the one waiting. Its lane turns blocked at level 2 and stays so. The deadlock detector finds a cycle of one thread waiting for itself and stops the run (the main thread, in join(), would wait forever as well). depth_reached tells how far the thread got.</source>
        <translation>一个线程获取锁，并在持有它的同时调用一个会再次获取同一把锁的函数，嵌套 depth 层：就像一个持有锁的方法调用同一对象中另一个也要加锁的方法。每一层输出自己的层号（即标记），并工作 100 ms。

当 reentrant=true 时，这把锁是 RLock：它知道自己的所有者，并记录所有者重入的深度。所有者再次 acquire 只会使计数加一，每次 release 使计数减一，计数回到零时锁才重新空闲。锁的泳道显示从第一次 acquire 到最后一次 release 的一整段持有。

当 reentrant=false 时，它是没有所有者的普通 Lock：第二次 acquire 会一直等到有人释放这把锁，而唯一能释放它的线程正是在等待的这个线程。它的泳道在第 2 层变为阻塞，并一直保持。死锁检测器发现一个只有一个线程、自己等待自己的环，并停止运行（在 join() 中的主线程也会永远等下去）。depth_reached 表示线程到达了第几层。</translation>
    </message>
    <message>
        <source>import threading
import time

depth = 2
reentrant = True

lock = threading.RLock() if reentrant else threading.Lock()


def enter(level):
    with lock:                   # from level 2 on, the owner asks again
        print(f&quot;level {level}&quot;)
        time.sleep(0.1)
        if level &lt; depth:
            enter(level + 1)


t = threading.Thread(target=enter, args=(1,))
t.start()
t.join()                         # with a plain Lock this never returns
</source>
        <translation>import threading
import time

depth = 2
reentrant = True

lock = threading.RLock() if reentrant else threading.Lock()


def enter(level):
    with lock:                   # 从第 2 层起，所有者再次请求这把锁
        print(f&quot;level {level}&quot;)
        time.sleep(0.1)
        if level &lt; depth:
            enter(level + 1)


t = threading.Thread(target=enter, args=(1,))
t.start()
t.join()                         # 用普通 Lock 时这里永远不会返回
</translation>
    </message>
    <message>
        <source>The semaphore starts with `permits` permits. Each worker takes one (`with semaphore:`), holds it for hold_ms and gives it back. The permits lane is a step chart of the permits left: it drops to 0 and stays there while the semaphore is full.

Count the hold bars at any moment: never more than permits. Workers that arrive when none is left are blocked (their blocked bars) until a holder releases, and each release hands its permit straight to the first waiter: follow the release -&gt; acquire arrows. With the course&apos;s numbers, 4 workers and 2 permits, the work takes two rounds of hold_ms.

A lock is a semaphore with a single permit, with one difference: any thread may release a semaphore. A plain Semaphore even lets release() push the count above where it started; BoundedSemaphore turns that mistake into a ValueError.</source>
        <translation>信号量一开始有 `permits` 个许可。每个工作线程取走一个（`with semaphore:`），持有 hold_ms 后归还。permits 泳道是剩余许可数的阶梯图：信号量满员时它降到 0 并停在那里。

在任意时刻数一数持有色条：从不会超过 permits 个。在没有剩余许可时到达的工作线程会被阻塞（它们的阻塞色条），直到某个持有者释放；每次释放都会把许可直接交给第一个等待者：顺着 release -&gt; acquire 箭头看。按课程中的数字，4 个工作线程、2 个许可，整个工作需要两轮 hold_ms。

锁就是只有一个许可的信号量，只有一点不同：任何线程都可以释放信号量。普通的 Semaphore 甚至允许 release() 把计数推到初始值之上；BoundedSemaphore 则会把这种错误变成 ValueError。</translation>
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
        print(f&quot;{name} has a permit&quot;)
        time.sleep(hold_ms / 1000)
    print(f&quot;{name} gave it back&quot;)


threads = [threading.Thread(target=work) for _ in range(workers)]
for t in threads:
    t.start()
for t in threads:
    t.join()
</source>
        <translation>import threading
import time

workers = 4
permits = 2
hold_ms = 2000

semaphore = threading.Semaphore(permits)


def work():
    name = threading.current_thread().name
    with semaphore:                  # 所有许可都被占用时阻塞
        print(f&quot;{name} has a permit&quot;)
        time.sleep(hold_ms / 1000)
    print(f&quot;{name} gave it back&quot;)


threads = [threading.Thread(target=work) for _ in range(workers)]
for t in threads:
    t.start()
for t in threads:
    t.join()
</translation>
    </message>
    <message>
        <source>Each worker is a real thread that sleeps for work_ms in place of real work, and prints a line when it starts and when it ends (the marks on its lane). Look at the spawn arrows: start() returns at once, so all workers run side by side.

With wait=join the main thread calls join() on every worker. Its lane turns to waiting until the last worker has finished, and the program ends only after every worker printed its last line.

With wait=sleep the workers are started with _thread.start_new_thread and the main thread just sleeps for main_sleep_ms, hoping that is long enough. Such threads do not keep the program alive: when the main thread ends, the process exits and any worker still working is cut off (its lane ends cancelled and its last line never appears). Set main_sleep_ms below work_ms to see it.

The course&apos;s _thread example sleeps 3 s for 2 s of work, so it happens to work; on a busy machine, or when the work grows, the guess fails without any error. join() is the way to know that a thread has finished.</source>
        <translation>每个工作线程都是一个真实的线程，它休眠 work_ms 来代替实际工作，并在开始和结束时各输出一行（即它泳道上的标记）。注意 spawn 箭头：start() 立即返回，所以所有工作线程并行运行。

当 wait=join 时，主线程对每个工作线程调用 join()。它的泳道变为等待状态，直到最后一个工作线程结束；程序只有在每个工作线程都输出了最后一行之后才结束。

当 wait=sleep 时，工作线程通过 _thread.start_new_thread 启动，主线程只是休眠 main_sleep_ms，寄希望于这段时间足够长。这样的线程不会让程序继续运行：主线程结束时进程退出，任何仍在工作的线程都会被切断（它的泳道以“已取消”结束，最后一行永远不会出现）。把 main_sleep_ms 设得比 work_ms 小就能看到这种情况。

课程中的 _thread 例子为 2 s 的工作休眠了 3 s，所以碰巧能行；但在繁忙的机器上，或者工作量变大时，这种猜测就会失败，而且不会有任何报错。join() 才是确知一个线程已经结束的方法。</translation>
    </message>
    <message>
        <source>import _thread
import threading
import time

workers = 2
work_ms = 2000
wait = &quot;join&quot;            # or &quot;sleep&quot;
main_sleep_ms = 3000


def work(name):
    print(f&quot;{name} starts&quot;)
    time.sleep(work_ms / 1000)
    print(f&quot;{name} ends&quot;)


if wait == &quot;join&quot;:
    threads = [threading.Thread(target=work, args=(f&quot;Thread-{i + 1}&quot;,))
               for i in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()         # returns once that thread has finished
else:
    for i in range(workers):
        _thread.start_new_thread(work, (f&quot;Thread-{i + 1}&quot;,))
    time.sleep(main_sleep_ms / 1000)   # a guess: is it long enough?

print(&quot;main ends&quot;)       # _thread threads still working die with the process
</source>
        <translation>import _thread
import threading
import time

workers = 2
work_ms = 2000
wait = &quot;join&quot;            # 或 &quot;sleep&quot;
main_sleep_ms = 3000


def work(name):
    print(f&quot;{name} starts&quot;)
    time.sleep(work_ms / 1000)
    print(f&quot;{name} ends&quot;)


if wait == &quot;join&quot;:
    threads = [threading.Thread(target=work, args=(f&quot;Thread-{i + 1}&quot;,))
               for i in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()         # 那个线程结束后返回
else:
    for i in range(workers):
        _thread.start_new_thread(work, (f&quot;Thread-{i + 1}&quot;,))
    time.sleep(main_sleep_ms / 1000)   # 一个猜测：时间够长吗？

print(&quot;main ends&quot;)       # 仍在工作的 _thread 线程随进程一起消亡
</translation>
    </message>
    <message>
        <source>task %1 starts</source>
        <translation>任务 %1 开始</translation>
    </message>
    <message>
        <source>task %1 done: %2 ms CPU</source>
        <translation>任务 %1 完成：%2 ms CPU</translation>
    </message>
    <message>
        <source>A blocking call stalls the loop</source>
        <translation>阻塞调用会卡住事件循环</translation>
    </message>
    <message>
        <source>time.sleep() in a coroutine freezes every task; run_in_executor() moves it to a thread.</source>
        <translation>协程中的 time.sleep() 会冻结所有任务；run_in_executor() 把它移到一个线程中。</translation>
    </message>
    <message>
        <source>`tasks` ticker tasks each wake every block_ms / 4 to tick. After a while main() makes one blocking call, time.sleep(block_ms), as a slow library call would.

fix=none: the call runs on the loop&apos;s only thread. For block_ms nothing else can run: the tickers&apos; timers fall due, but the loop is stuck inside main&apos;s step and cannot look at them. Their lanes stay suspended far past their wake-up time, then all wake at once when the call returns (max_late_ms: how late the latest tick was; stalled).

fix=executor: main awaits loop.run_in_executor(None, time.sleep, ...). The call runs on a worker thread (asyncio_0, its own lane) while main is merely suspended on the call&apos;s future; the loop keeps ticking on time. Any blocking call — file I/O, requests.get(), heavy CPU work in C — belongs in an executor (or asyncio.to_thread()).</source>
        <translation>`tasks` 个滴答任务，每隔 block_ms / 4 醒来滴答一次。过一会儿，main() 会像调用一个慢速库函数那样，进行一次阻塞调用 time.sleep(block_ms)。

fix=none：这个调用运行在事件循环唯一的线程上。在 block_ms 期间，其他任何东西都无法运行：滴答任务的定时器已经到期，但事件循环卡在 main 的这一步里，没法去处理它们。它们的泳道远远超过唤醒时间仍保持挂起，直到调用返回才一齐醒来（max_late_ms：最晚的一次滴答迟到了多久；stalled）。

fix=executor：main await loop.run_in_executor(None, time.sleep, ...)。这个调用运行在一个工作线程上（asyncio_0，有自己的泳道），而 main 只是挂起在该调用的 future 上；事件循环继续按时滴答。任何阻塞调用 —— 文件 I/O、requests.get()、C 中的繁重 CPU 计算 —— 都应该放进 executor（或者用 asyncio.to_thread()）。</translation>
    </message>
    <message>
        <source>import asyncio
import time

tasks = 3
block_ms = 1000
fix = &quot;none&quot;                       # or &quot;executor&quot;
tick = block_ms / 4 / 1000


async def ticker(name):
    for _ in range(6):
        due = time.perf_counter() + tick
        await asyncio.sleep(tick)
        print(f&quot;{name} tick, late by {(time.perf_counter() - due) * 1000:.0f} ms&quot;)


async def main():
    tickers = [asyncio.create_task(ticker(f&quot;ticker-{i + 1}&quot;)) for i in range(tasks)]
    await asyncio.sleep(tick * 1.5)
    if fix == &quot;none&quot;:
        time.sleep(block_ms / 1000)                  # blocks the loop: nothing else runs
    else:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, time.sleep, block_ms / 1000)   # a worker thread blocks
    await asyncio.gather(*tickers)


asyncio.run(main())
</source>
        <translation>import asyncio
import time

tasks = 3
block_ms = 1000
fix = &quot;none&quot;                       # 或 &quot;executor&quot;
tick = block_ms / 4 / 1000


async def ticker(name):
    for _ in range(6):
        due = time.perf_counter() + tick
        await asyncio.sleep(tick)
        print(f&quot;{name} tick, late by {(time.perf_counter() - due) * 1000:.0f} ms&quot;)


async def main():
    tickers = [asyncio.create_task(ticker(f&quot;ticker-{i + 1}&quot;)) for i in range(tasks)]
    await asyncio.sleep(tick * 1.5)
    if fix == &quot;none&quot;:
        time.sleep(block_ms / 1000)                  # 阻塞事件循环：其他什么都无法运行
    else:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, time.sleep, block_ms / 1000)   # 阻塞的是一个工作线程
    await asyncio.gather(*tickers)


asyncio.run(main())
</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>How many ticker tasks run meanwhile.</source>
        <translation>同时运行的滴答任务数。</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>阻塞时长</translation>
    </message>
    <message>
        <source>How long the blocking call takes; the tickers tick every block_ms / 4.</source>
        <translation>阻塞调用持续的时长；滴答任务每 block_ms / 4 滴答一次。</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修复方式</translation>
    </message>
    <message>
        <source>none: call time.sleep() in the coroutine; executor: hand it to run_in_executor().</source>
        <translation>none：在协程中调用 time.sleep()；executor：把它交给 run_in_executor()。</translation>
    </message>
    <message>
        <source>Cancelling a task</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <source>Task.cancel() raises CancelledError inside the task at its await; the task cleans up and ends.</source>
        <translation>Task.cancel() 会在任务内部的 await 处抛出 CancelledError；任务完成清理后结束。</translation>
    </message>
    <message>
        <source>main() starts a task, worker, that sleeps work_ms, waits cancel_after_ms and calls task.cancel() (the cancel arrow). cancel() does not stop the task on the spot: it asks the loop to raise CancelledError inside it, at the await where it is suspended. worker catches it, cleans up (the mark) and re-raises, so the task ends cancelled; main, awaiting it, gets CancelledError in turn.

A task should always re-raise CancelledError after its cleanup: swallowing it makes the task look finished and breaks timeouts and shutdown. If work_ms is shorter than cancel_after_ms the worker finishes first, and cancel() comes too late: it returns False and main gets the result.</source>
        <translation>main() 启动一个任务 worker，它休眠 work_ms；main 等待 cancel_after_ms 后调用 task.cancel()（即 cancel 箭头）。cancel() 不会当场停止任务：它请求事件循环在任务内部、在任务挂起的那个 await 处抛出 CancelledError。worker 捕获它，完成清理（即标记）后重新抛出，于是任务以“已取消”结束；正在 await 它的 main 随之也收到 CancelledError。

任务在清理之后应当总是重新抛出 CancelledError：吞掉它会让任务看起来像是正常完成了，并破坏超时和关闭流程。如果 work_ms 比 cancel_after_ms 短，worker 会先完成，cancel() 就来得太晚了：它返回 False，main 得到结果。</translation>
    </message>
    <message>
        <source>import asyncio

work_ms = 10000
cancel_after_ms = 1000


async def worker():
    try:
        await asyncio.sleep(work_ms / 1000)
        return 42
    except asyncio.CancelledError:
        print(&quot;worker: cancelled, cleaning up&quot;)
        raise                              # let the cancellation through


async def main():
    task = asyncio.create_task(worker(), name=&quot;worker&quot;)
    await asyncio.sleep(cancel_after_ms / 1000)
    print(&quot;cancel() returned&quot;, task.cancel())
    try:
        print(&quot;result:&quot;, await task)
    except asyncio.CancelledError:
        print(&quot;main: the worker was cancelled&quot;)


asyncio.run(main())
</source>
        <translation>import asyncio

work_ms = 10000
cancel_after_ms = 1000


async def worker():
    try:
        await asyncio.sleep(work_ms / 1000)
        return 42
    except asyncio.CancelledError:
        print(&quot;worker: cancelled, cleaning up&quot;)
        raise                              # 让取消继续传播


async def main():
    task = asyncio.create_task(worker(), name=&quot;worker&quot;)
    await asyncio.sleep(cancel_after_ms / 1000)
    print(&quot;cancel() returned&quot;, task.cancel())
    try:
        print(&quot;result:&quot;, await task)
    except asyncio.CancelledError:
        print(&quot;main: the worker was cancelled&quot;)


asyncio.run(main())
</translation>
    </message>
    <message>
        <source>How long the worker would sleep.</source>
        <translation>worker 本来要休眠的时长。</translation>
    </message>
    <message>
        <source>Cancel after</source>
        <translation>取消延迟</translation>
    </message>
    <message>
        <source>When main() cancels the worker.</source>
        <translation>main() 何时取消 worker。</translation>
    </message>
    <message>
        <source>gather() keeps the order</source>
        <translation>gather() 保持顺序</translation>
    </message>
    <message>
        <source>asyncio.gather() runs coroutines concurrently and returns their results in argument order.</source>
        <translation>asyncio.gather() 并发运行多个协程，并按参数顺序返回它们的结果。</translation>
    </message>
    <message>
        <source>main() passes `tasks` coroutines to asyncio.gather(), which wraps each in a task (Task-1, Task-2, ...). Task-1 sleeps longest and the last one shortest, so they finish in reverse order: see completion_order and the wake arrows into main coming from the last task to finish. Yet gather() returns the results in the order of its arguments (results), whatever the order in which the tasks finished.

main is suspended on the gather future the whole time; it becomes ready once, when the last task is done. The run takes about delay_ms (the longest sleep), not the sum of them. If one task raised, gather() would raise that exception in main at once (the others keep running); with return_exceptions=True it would return the exception in that task&apos;s place.</source>
        <translation>main() 把 `tasks` 个协程传给 asyncio.gather()，后者把每个协程包装成一个任务（Task-1、Task-2……）。Task-1 休眠最久，最后一个最短，所以它们按相反的顺序完成：参见 completion_order，以及从最后完成的任务指向 main 的唤醒箭头。然而 gather() 总是按参数顺序返回结果（results），不管任务以什么顺序完成。

main 自始至终挂起在 gather 的 future 上；它只在最后一个任务完成时就绪一次。整个运行大约耗时 delay_ms（最长的那次休眠），而不是所有休眠之和。如果某个任务抛出异常，gather() 会立即在 main 中抛出这个异常（其他任务继续运行）；若使用 return_exceptions=True，它会把异常放在该任务的位置上返回。</translation>
    </message>
    <message>
        <source>import asyncio

tasks = 3
delay_ms = 1000


async def compute(i):
    # the first argument sleeps longest: the tasks finish in reverse order
    await asyncio.sleep(delay_ms * (tasks - i) / tasks / 1000)
    print(f&quot;compute({i}) done&quot;)
    return (i + 1) * 10


async def main():
    results = await asyncio.gather(*(compute(i) for i in range(tasks)))
    print(results)          # [10, 20, 30]: argument order, not completion order


asyncio.run(main())
</source>
        <translation>import asyncio

tasks = 3
delay_ms = 1000


async def compute(i):
    # 第一个参数休眠最久：任务按相反顺序完成
    await asyncio.sleep(delay_ms * (tasks - i) / tasks / 1000)
    print(f&quot;compute({i}) done&quot;)
    return (i + 1) * 10


async def main():
    results = await asyncio.gather(*(compute(i) for i in range(tasks)))
    print(results)          # [10, 20, 30]：参数顺序，而不是完成顺序


asyncio.run(main())
</translation>
    </message>
    <message>
        <source>How many coroutines gather() runs.</source>
        <translation>gather() 运行的协程数。</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>How long the first one sleeps; the others sleep less, the last delay_ms / tasks.</source>
        <translation>第一个协程休眠的时长；其余的休眠更短，最后一个为 delay_ms / tasks。</translation>
    </message>
    <message>
        <source>An async generator</source>
        <translation>异步生成器</translation>
    </message>
    <message>
        <source>async for takes items from an async generator as they come.</source>
        <translation>async for 随到随取地从异步生成器中获取条目。</translation>
    </message>
    <message>
        <source>ticker() is an async generator: an async def with yield. Before each item it awaits asyncio.sleep(interval). main() consumes it with `async for`: each turn of the loop asks the generator for its next item, and while the generator sleeps, the task that consumes it — main — is the one suspended on the timer. The generator has no task of its own: it runs inside main, one step per item.

Meanwhile the loop is free: a heartbeat task keeps running between the items (its marks interleave with main&apos;s). An ordinary generator could not do this: a time.sleep() in it would block the whole loop.</source>
        <translation>ticker() 是一个异步生成器：一个带 yield 的 async def。每产出一个条目之前，它都会 await asyncio.sleep(interval)。main() 用 `async for` 消费它：循环的每一轮都向生成器索取下一个条目；生成器休眠时，挂起在定时器上的是消费它的那个任务 —— main。生成器没有自己的任务：它在 main 内部运行，每个条目运行一步。

与此同时事件循环是空闲的：一个心跳任务在条目之间持续运行（它的标记与 main 的标记交错出现）。普通生成器做不到这一点：其中的 time.sleep() 会阻塞整个事件循环。</translation>
    </message>
    <message>
        <source>import asyncio

items = 5
interval_ms = 1000


async def ticker(n, interval):
    for i in range(n):
        await asyncio.sleep(interval)  # suspends the task that iterates
        yield i


async def heartbeat():
    while True:
        await asyncio.sleep(interval_ms / 2000)
        print(&quot;beat&quot;)


async def main():
    beat = asyncio.create_task(heartbeat())
    async for i in ticker(items, interval_ms / 1000):
        print(&quot;got&quot;, i)
    beat.cancel()


asyncio.run(main())
</source>
        <translation>import asyncio

items = 5
interval_ms = 1000


async def ticker(n, interval):
    for i in range(n):
        await asyncio.sleep(interval)  # 挂起正在迭代的任务
        yield i


async def heartbeat():
    while True:
        await asyncio.sleep(interval_ms / 2000)
        print(&quot;beat&quot;)


async def main():
    beat = asyncio.create_task(heartbeat())
    async for i in ticker(items, interval_ms / 1000):
        print(&quot;got&quot;, i)
    beat.cancel()


asyncio.run(main())
</translation>
    </message>
    <message>
        <source>How many items ticker() yields.</source>
        <translation>ticker() 产出的条目数。</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>How long ticker() sleeps before each item.</source>
        <translation>ticker() 在每个条目之前休眠的时长。</translation>
    </message>
    <message>
        <source>A coroutine that sleeps</source>
        <translation>休眠的协程</translation>
    </message>
    <message>
        <source>asyncio.run() runs one coroutine; await asyncio.sleep() suspends it.</source>
        <translation>asyncio.run() 运行一个协程；await asyncio.sleep() 将它挂起。</translation>
    </message>
    <message>
        <source>asyncio.run(main()) starts an event loop on the main thread and runs the coroutine main() as its first task. main prints, then awaits asyncio.sleep(): the task is suspended on the loop&apos;s timer (its lane shows &apos;suspended&apos;), and the loop thread has nothing else to do, so it waits in the operating system until the timer is due. When the timer fires, the loop wakes the task (the arrow from the loop thread), and main prints again and returns.

Calling main() alone runs nothing: it only makes a coroutine object. Something has to drive it — asyncio.run(), an await, or a task.</source>
        <translation>asyncio.run(main()) 在主线程上启动一个事件循环，并把协程 main() 作为它的第一个任务运行。main 输出一行，然后 await asyncio.sleep()：任务挂起在事件循环的定时器上（它的泳道显示“挂起”），事件循环线程也无事可做，于是它在操作系统中等待，直到定时器到期。定时器触发时，事件循环唤醒这个任务（从事件循环线程发出的箭头），main 再输出一行并返回。

单独调用 main() 什么也不会运行：它只会创建一个协程对象。必须有东西来驱动它 —— asyncio.run()、一个 await，或者一个任务。</translation>
    </message>
    <message>
        <source>import asyncio

delay_ms = 1000


async def main():
    print(&quot;hello&quot;)
    await asyncio.sleep(delay_ms / 1000)   # suspends main; the loop waits for the timer
    print(&quot;world&quot;)


asyncio.run(main())
</source>
        <translation>import asyncio

delay_ms = 1000


async def main():
    print(&quot;hello&quot;)
    await asyncio.sleep(delay_ms / 1000)   # 挂起 main；事件循环等待定时器
    print(&quot;world&quot;)


asyncio.run(main())
</translation>
    </message>
    <message>
        <source>How long main() sleeps between its two prints.</source>
        <translation>main() 在两次输出之间休眠的时长。</translation>
    </message>
    <message>
        <source>An asyncio lock</source>
        <translation>asyncio 锁</translation>
    </message>
    <message>
        <source>asyncio.Lock lets one task at a time into its block, across awaits.</source>
        <translation>asyncio.Lock 同一时刻只让一个任务进入它保护的代码块，跨越 await 也是如此。</translation>
    </message>
    <message>
        <source>Every worker task enters `async with lock:` and sleeps hold_ms inside. Only one holds the lock at a time (the ownership bar on the lock&apos;s lane); the others are suspended on the lock and queue in order. At each release the lock goes straight to the next in line (the release arrow), which runs when the loop gets to it.

Tasks never run in parallel, so why a lock? Because a task can be suspended in the middle of its critical section: at every await inside it, another task may run. An asyncio.Lock keeps the others out of the block until the holder leaves it, awaits included. It belongs to the loop: it does not block the thread, only the tasks that wait for it. max_concurrent is the most holders at once (1).</source>
        <translation>每个 worker 任务进入 `async with lock:`，在其中休眠 hold_ms。同一时刻只有一个任务持有锁（锁泳道上的持有色条）；其他任务挂起在锁上，按顺序排队。每次释放时，锁直接交给队列中的下一个（即 release 箭头），它在事件循环轮到它时运行。

任务从不并行运行，那为什么还需要锁？因为任务可能在临界区中途被挂起：在其中的每个 await 处，都可能有另一个任务运行。asyncio.Lock 会把其他任务挡在代码块之外，直到持有者离开为止，期间的 await 也包括在内。它属于事件循环：它不会阻塞线程，只会阻塞等待它的任务。max_concurrent 是同时持有者的最大数目（1）。</translation>
    </message>
    <message>
        <source>import asyncio

tasks = 2
hold_ms = 1000


async def worker(name, lock):
    print(f&quot;{name} waiting&quot;)
    async with lock:                   # suspended here while another task holds it
        print(f&quot;{name} acquired&quot;)
        await asyncio.sleep(hold_ms / 1000)
        print(f&quot;{name} releasing&quot;)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(worker(f&quot;worker-{i + 1}&quot;, lock) for i in range(tasks)))


asyncio.run(main())
</source>
        <translation>import asyncio

tasks = 2
hold_ms = 1000


async def worker(name, lock):
    print(f&quot;{name} waiting&quot;)
    async with lock:                   # 另一个任务持有锁时在这里挂起
        print(f&quot;{name} acquired&quot;)
        await asyncio.sleep(hold_ms / 1000)
        print(f&quot;{name} releasing&quot;)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(worker(f&quot;worker-{i + 1}&quot;, lock) for i in range(tasks)))


asyncio.run(main())
</translation>
    </message>
    <message>
        <source>How many tasks want the lock.</source>
        <translation>想要获取锁的任务数。</translation>
    </message>
    <message>
        <source>How long each task keeps the lock.</source>
        <translation>每个任务持有锁的时长。</translation>
    </message>
    <message>
        <source>An asyncio semaphore</source>
        <translation>asyncio 信号量</translation>
    </message>
    <message>
        <source>asyncio.Semaphore lets at most `permits` tasks in at once.</source>
        <translation>asyncio.Semaphore 同一时刻最多放行 `permits` 个任务。</translation>
    </message>
    <message>
        <source>Each worker enters `async with sem:` and sleeps hold_ms inside. The semaphore starts with `permits` permits: the first tasks take them at once, the rest are suspended on the semaphore until a holder leaves and hands its permit over (the release arrows). The level chart of the semaphore shows the free permits; never more than `permits` tasks are inside (max_concurrent), so the run takes about ceil(tasks / permits) × hold_ms.

This is how to limit concurrency in asyncio, say, ten downloads at a time out of a thousand tasks.</source>
        <translation>每个 worker 进入 `async with sem:`，在其中休眠 hold_ms。信号量一开始有 `permits` 个许可：最先到的任务立即取走它们，其余任务挂起在信号量上，直到某个持有者离开并把许可交出（即 release 箭头）。信号量的水位图显示空闲的许可数；在里面的任务从不超过 `permits` 个（max_concurrent），所以整个运行大约耗时 ceil(tasks / permits) × hold_ms。

在 asyncio 中就是这样限制并发的，比如一千个任务中同时只允许十个在下载。</translation>
    </message>
    <message>
        <source>import asyncio

tasks = 5
permits = 2
hold_ms = 1000


async def worker(name, sem):
    async with sem:                    # at most `permits` tasks inside
        print(f&quot;{name} inside&quot;)
        await asyncio.sleep(hold_ms / 1000)


async def main():
    sem = asyncio.Semaphore(permits)
    await asyncio.gather(*(worker(f&quot;worker-{i + 1}&quot;, sem) for i in range(tasks)))


asyncio.run(main())
</source>
        <translation>import asyncio

tasks = 5
permits = 2
hold_ms = 1000


async def worker(name, sem):
    async with sem:                    # 里面最多有 `permits` 个任务
        print(f&quot;{name} inside&quot;)
        await asyncio.sleep(hold_ms / 1000)


async def main():
    sem = asyncio.Semaphore(permits)
    await asyncio.gather(*(worker(f&quot;worker-{i + 1}&quot;, sem) for i in range(tasks)))


asyncio.run(main())
</translation>
    </message>
    <message>
        <source>How many tasks want a permit.</source>
        <translation>想要获取许可的任务数。</translation>
    </message>
    <message>
        <source>The semaphore&apos;s initial value.</source>
        <translation>信号量的初始值。</translation>
    </message>
    <message>
        <source>How long each task keeps its permit.</source>
        <translation>每个任务持有许可的时长。</translation>
    </message>
    <message>
        <source>Producers and consumers over a queue</source>
        <translation>通过队列连接的生产者与消费者</translation>
    </message>
    <message>
        <source>asyncio.Queue hands items from producer tasks to consumer tasks; join() waits until all are processed.</source>
        <translation>asyncio.Queue 把条目从生产者任务交给消费者任务；join() 会等到所有条目都处理完。</translation>
    </message>
    <message>
        <source>Producers put `items` numbers into an asyncio.Queue, one every 50 ms; consumers take them, work 150 ms on each and call task_done(). Each item is an arrow from the producer that put it to the consumer that got it; the queue&apos;s level chart shows how many wait in it. A consumer with nothing to take is suspended on the queue until a put wakes it.

With maxsize &gt; 0 the queue is bounded: when it is full, put() suspends the producer until a consumer makes room (producer_waited) — back-pressure. main() awaits the producers, then queue.join(), which returns once task_done() has been called for every item, and finally cancels the consumers, which would otherwise wait forever in get().</source>
        <translation>生产者把 `items` 个数字放入一个 asyncio.Queue，每 50 ms 放一个；消费者取出它们，每个处理 150 ms，然后调用 task_done()。每个条目都是一个箭头，从放入它的生产者指向取到它的消费者；队列的水位图显示其中有多少条目在等待。没有东西可取的消费者会挂起在队列上，直到一次 put 唤醒它。

当 maxsize &gt; 0 时队列是有界的：队列满时，put() 会挂起生产者，直到某个消费者腾出空间（producer_waited）—— 这就是背压。main() 先 await 所有生产者，再 await queue.join()，后者在每个条目都调用过 task_done() 之后返回；最后 main 取消消费者，否则它们会在 get() 中永远等下去。</translation>
    </message>
    <message>
        <source>import asyncio

producers = 1
consumers = 2
items = 10
maxsize = 0


async def producer(queue, numbers):
    for n in numbers:
        await asyncio.sleep(0.05)
        await queue.put(n)                   # suspends while the queue is full
        print(&quot;put&quot;, n)


async def consumer(name, queue):
    while True:
        n = await queue.get()                # suspends while the queue is empty
        print(name, &quot;got&quot;, n)
        await asyncio.sleep(0.15)
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize)
    workers = [asyncio.create_task(consumer(f&quot;consumer-{i + 1}&quot;, queue)) for i in range(consumers)]
    await asyncio.gather(*(producer(queue, range(p, items, producers)) for p in range(producers)))
    await queue.join()                       # every item processed
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
</source>
        <translation>import asyncio

producers = 1
consumers = 2
items = 10
maxsize = 0


async def producer(queue, numbers):
    for n in numbers:
        await asyncio.sleep(0.05)
        await queue.put(n)                   # 队列满时挂起
        print(&quot;put&quot;, n)


async def consumer(name, queue):
    while True:
        n = await queue.get()                # 队列空时挂起
        print(name, &quot;got&quot;, n)
        await asyncio.sleep(0.15)
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize)
    workers = [asyncio.create_task(consumer(f&quot;consumer-{i + 1}&quot;, queue)) for i in range(consumers)]
    await asyncio.gather(*(producer(queue, range(p, items, producers)) for p in range(producers)))
    await queue.join()                       # 每个条目都已处理
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
</translation>
    </message>
    <message>
        <source>How many producer tasks.</source>
        <translation>生产者任务数。</translation>
    </message>
    <message>
        <source>How many consumer tasks.</source>
        <translation>消费者任务数。</translation>
    </message>
    <message>
        <source>How many items the producers put in all (shared out in turn).</source>
        <translation>生产者总共放入的条目数（轮流分摊）。</translation>
    </message>
    <message>
        <source>Max size</source>
        <translation>最大容量</translation>
    </message>
    <message>
        <source>The queue&apos;s bound; 0: unbounded.</source>
        <translation>队列的容量上限；0：无上限。</translation>
    </message>
    <message>
        <source>Tasks run concurrently</source>
        <translation>任务并发运行</translation>
    </message>
    <message>
        <source>create_task() schedules coroutines so that their waits overlap.</source>
        <translation>create_task() 调度协程，使它们的等待相互重叠。</translation>
    </message>
    <message>
        <source>main() wraps each call of say_after() in a task with asyncio.create_task(), then awaits the tasks one after the other. Creating a task only puts it in the loop&apos;s ready queue; it starts when main first awaits. Then every task runs until its asyncio.sleep() and is suspended on the timer, so all the sleeps overlap: the whole run takes about delay_ms, not tasks × delay_ms (compare elapsed_ms with sequential_ms).

Had main written `await say_after(...)` for each call instead, without tasks, the sleeps would run one after the other. One thread runs all the tasks: they take turns at their awaits, never in parallel. max_concurrent counts the tasks that were sleeping at the same moment. The loop handles 100,000 such tasks easily (try tasks=100000).</source>
        <translation>main() 用 asyncio.create_task() 把每次 say_after() 调用包装成一个任务，然后逐个 await 这些任务。创建任务只是把它放进事件循环的就绪队列；它要等 main 第一次 await 时才开始运行。之后每个任务都运行到自己的 asyncio.sleep() 处，挂起在定时器上，所以所有休眠相互重叠：整个运行大约耗时 delay_ms，而不是 tasks × delay_ms（比较 elapsed_ms 与 sequential_ms）。

如果 main 不用任务，而是对每次调用都写 `await say_after(...)`，这些休眠就会一个接一个地进行。所有任务都由同一个线程运行：它们在各自的 await 处轮流执行，从不并行。max_concurrent 统计同一时刻正在休眠的任务数。事件循环能轻松处理 100,000 个这样的任务（试试 tasks=100000）。</translation>
    </message>
    <message>
        <source>import asyncio
import time

tasks = 2
delay_ms = 1000


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def main():
    started = time.perf_counter()
    pending = [asyncio.create_task(say_after(delay_ms / 1000, f&quot;task {i + 1}&quot;))
               for i in range(tasks)]          # scheduled, not started yet
    for task in pending:
        await task                             # the sleeps overlap meanwhile
    print(f&quot;finished in {time.perf_counter() - started:.2f} s&quot;)


asyncio.run(main())
</source>
        <translation>import asyncio
import time

tasks = 2
delay_ms = 1000


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def main():
    started = time.perf_counter()
    pending = [asyncio.create_task(say_after(delay_ms / 1000, f&quot;task {i + 1}&quot;))
               for i in range(tasks)]          # 已调度，尚未开始
    for task in pending:
        await task                             # 与此同时各次休眠相互重叠
    print(f&quot;finished in {time.perf_counter() - started:.2f} s&quot;)


asyncio.run(main())
</translation>
    </message>
    <message>
        <source>How many tasks main() creates.</source>
        <translation>main() 创建的任务数。</translation>
    </message>
    <message>
        <source>How long each task sleeps.</source>
        <translation>每个任务休眠的时长。</translation>
    </message>
    <message>
        <source>wait_for(): a timeout</source>
        <translation>wait_for()：超时</translation>
    </message>
    <message>
        <source>asyncio.wait_for() cancels the task when its timeout expires.</source>
        <translation>asyncio.wait_for() 在超时到期时取消任务。</translation>
    </message>
    <message>
        <source>main() awaits asyncio.wait_for(work(), timeout). wait_for wraps work() in a task (Task-1) and arms a timer. If work takes longer than timeout_ms, the timer fires first: wait_for cancels Task-1 (the cancel arrow from the loop), a CancelledError is raised inside work at its await, work cleans up and re-raises, and only once Task-1 has finished cancelling does main get a TimeoutError (the timeout mark on main).

If work finishes in time, main simply gets its result. Either way the loop never waits longer than the timeout for the answer: that is how to put a deadline on a slow network call.</source>
        <translation>main() await asyncio.wait_for(work(), timeout)。wait_for 把 work() 包装成一个任务（Task-1），并设置一个定时器。如果 work 耗时超过 timeout_ms，定时器会先触发：wait_for 取消 Task-1（从事件循环发出的 cancel 箭头），work 在它的 await 处收到 CancelledError，完成清理后重新抛出；只有等 Task-1 完成取消之后，main 才会收到 TimeoutError（main 上的超时标记）。

如果 work 按时完成，main 就直接得到它的结果。无论哪种情况，事件循环等待答案的时间都不会超过超时时长：给一个缓慢的网络调用设定期限，就是这样做的。</translation>
    </message>
    <message>
        <source>import asyncio

work_ms = 3000
timeout_ms = 2000


async def work():
    try:
        await asyncio.sleep(work_ms / 1000)
        return 42
    except asyncio.CancelledError:
        print(&quot;work: cancelled, cleaning up&quot;)
        raise                            # always re-raise


async def main():
    try:
        result = await asyncio.wait_for(work(), timeout=timeout_ms / 1000)
        print(&quot;result:&quot;, result)
    except TimeoutError:                 # asyncio.TimeoutError before Python 3.11
        print(&quot;timed out&quot;)


asyncio.run(main())
</source>
        <translation>import asyncio

work_ms = 3000
timeout_ms = 2000


async def work():
    try:
        await asyncio.sleep(work_ms / 1000)
        return 42
    except asyncio.CancelledError:
        print(&quot;work: cancelled, cleaning up&quot;)
        raise                            # 总是重新抛出


async def main():
    try:
        result = await asyncio.wait_for(work(), timeout=timeout_ms / 1000)
        print(&quot;result:&quot;, result)
    except TimeoutError:                 # Python 3.11 之前是 asyncio.TimeoutError
        print(&quot;timed out&quot;)


asyncio.run(main())
</translation>
    </message>
    <message>
        <source>How long work() takes.</source>
        <translation>work() 的耗时。</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>How long main() is willing to wait.</source>
        <translation>main() 愿意等待的时长。</translation>
    </message>
    <message>
        <source>wait(): done and pending</source>
        <translation>wait()：done 与 pending</translation>
    </message>
    <message>
        <source>asyncio.wait() returns two sets, done and pending, when its return_when condition holds.</source>
        <translation>asyncio.wait() 在 return_when 条件满足时返回两个集合：done 和 pending。</translation>
    </message>
    <message>
        <source>main() starts `tasks` tasks; Task-1 sleeps 0.5 s, Task-2 1 s, and so on. It then calls asyncio.wait() on them. With return_when=ALL_COMPLETED (all) main is suspended until every task is done: done holds them all, pending is empty. With FIRST_COMPLETED (first) main wakes as soon as Task-1 finishes (the wake arrow from Task-1): done holds Task-1 and pending the rest.

Unlike gather(), wait() never raises a task&apos;s exception and never cancels anything: the pending tasks keep running until someone cancels them. Here main cancels them (the cancel arrows) so that the run can end; see `cancelled` per task.</source>
        <translation>main() 启动 `tasks` 个任务；Task-1 休眠 0.5 s，Task-2 休眠 1 s，依此类推。然后它对这些任务调用 asyncio.wait()。当 return_when=ALL_COMPLETED（all）时，main 一直挂起到每个任务都完成：done 包含全部任务，pending 为空。当 return_when=FIRST_COMPLETED（first）时，main 在 Task-1 一完成就醒来（从 Task-1 发出的唤醒箭头）：done 包含 Task-1，pending 包含其余任务。

与 gather() 不同，wait() 从不抛出任务的异常，也从不取消任何东西：pending 中的任务会继续运行，直到有人取消它们。这里 main 取消了它们（即 cancel 箭头），以便运行能够结束；参见每个任务的 `cancelled`。</translation>
    </message>
    <message>
        <source>import asyncio

tasks = 2
return_when = &quot;all&quot;                      # or &quot;first&quot;


async def job(i):
    await asyncio.sleep(0.5 * (i + 1))
    return i


async def main():
    pending_tasks = [asyncio.create_task(job(i)) for i in range(tasks)]
    when = asyncio.ALL_COMPLETED if return_when == &quot;all&quot; else asyncio.FIRST_COMPLETED
    done, pending = await asyncio.wait(pending_tasks, return_when=when)
    print(&quot;done:&quot;, sorted(t.get_name() for t in done))
    print(&quot;pending:&quot;, sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()                       # wait() leaves them running


asyncio.run(main())
</source>
        <translation>import asyncio

tasks = 2
return_when = &quot;all&quot;                      # 或 &quot;first&quot;


async def job(i):
    await asyncio.sleep(0.5 * (i + 1))
    return i


async def main():
    pending_tasks = [asyncio.create_task(job(i)) for i in range(tasks)]
    when = asyncio.ALL_COMPLETED if return_when == &quot;all&quot; else asyncio.FIRST_COMPLETED
    done, pending = await asyncio.wait(pending_tasks, return_when=when)
    print(&quot;done:&quot;, sorted(t.get_name() for t in done))
    print(&quot;pending:&quot;, sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()                       # wait() 让它们继续运行


asyncio.run(main())
</translation>
    </message>
    <message>
        <source>How many tasks main() waits for; task i sleeps (i + 1) × 0.5 s.</source>
        <translation>main() 等待的任务数；任务 i 休眠 (i + 1) × 0.5 s。</translation>
    </message>
    <message>
        <source>Return when</source>
        <translation>返回时机</translation>
    </message>
    <message>
        <source>all: ALL_COMPLETED, wait for every task; first: FIRST_COMPLETED, return when one is done.</source>
        <translation>all：ALL_COMPLETED，等待所有任务；first：FIRST_COMPLETED，有一个完成就返回。</translation>
    </message>
    <message>
        <source>as_completed</source>
        <translation>as_completed</translation>
    </message>
    <message>
        <source>as_completed() yields futures as they finish: completion order is not submission order.</source>
        <translation>as_completed() 按完成的先后逐个产出 future：完成顺序不等于提交顺序。</translation>
    </message>
    <message>
        <source>The main thread submits `tasks` calls, each sleeping a random time up to max_ms (drawn from the run&apos;s seed, so the same seed gives the same durations), then loops over as_completed(futures). Each turn of the loop waits until some future is done and hands back that one.

Watch the main thread&apos;s lane: it waits, and a wake arrow comes from whichever worker finished first, not from the worker of future-0. completion_order lists the tasks in the order the loop got them; with enough workers it follows the durations, shortest first. With fewer workers than tasks, a task also waits in the queue, so its place depends on when a worker got to it as well.

Use as_completed when each result can be handled on its own as soon as it is there; use map() when you need the results in input order.</source>
        <translation>主线程提交 `tasks` 个调用，每个调用随机休眠一段不超过 max_ms 的时间（由本次运行的种子生成，所以相同的种子得到相同的时长），然后遍历 as_completed(futures)。循环的每一轮都等到某个 future 完成，并交回那一个 future。

注意主线程的泳道：它在等待，而唤醒箭头来自最先完成的那个工作线程，不一定是 future-0 的工作线程。completion_order 按循环得到它们的顺序列出任务；工作线程足够多时，它与时长的顺序一致，最短的在前。工作线程比任务少时，任务还要在队列中等待，所以它的位置也取决于工作线程何时轮到它。

如果每个结果一到就可以单独处理，用 as_completed；如果需要按输入顺序得到结果，用 map()。</translation>
    </message>
    <message>
        <source>import random
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

workers = 4
tasks = 10
max_ms = 1000


def work(i, ms):
    time.sleep(ms / 1000)
    return i


random.seed(7)
durations = [random.randint(0, max_ms) for _ in range(tasks)]
with ThreadPoolExecutor(max_workers=workers) as ex:
    futures = [ex.submit(work, i, ms) for i, ms in enumerate(durations)]
    for f in as_completed(futures):      # in the order they finish
        print(&quot;task&quot;, f.result(), &quot;done&quot;)
</source>
        <translation>import random
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

workers = 4
tasks = 10
max_ms = 1000


def work(i, ms):
    time.sleep(ms / 1000)
    return i


random.seed(7)
durations = [random.randint(0, max_ms) for _ in range(tasks)]
with ThreadPoolExecutor(max_workers=workers) as ex:
    futures = [ex.submit(work, i, ms) for i, ms in enumerate(durations)]
    for f in as_completed(futures):      # 按完成的顺序
        print(&quot;task&quot;, f.result(), &quot;done&quot;)
</translation>
    </message>
    <message>
        <source>max_workers of the ThreadPoolExecutor.</source>
        <translation>ThreadPoolExecutor 的 max_workers。</translation>
    </message>
    <message>
        <source>How many calls to submit.</source>
        <translation>要提交的调用数。</translation>
    </message>
    <message>
        <source>Longest task</source>
        <translation>最长任务时长</translation>
    </message>
    <message>
        <source>Each call sleeps a random time from 0 to max_ms, drawn from the seed.</source>
        <translation>每个调用随机休眠 0 到 max_ms，由种子生成。</translation>
    </message>
    <message>
        <source>task %1 done</source>
        <translation>任务 %1 完成</translation>
    </message>
    <message>
        <source>Cancelling futures</source>
        <translation>取消 future</translation>
    </message>
    <message>
        <source>cancel() works only on a future that is still queued.</source>
        <translation>cancel() 只对仍在排队的 future 有效。</translation>
    </message>
    <message>
        <source>The main thread submits `tasks` calls of task_ms each to a pool of `workers` threads, gives the workers a moment to pick up their first items, then calls cancel() on every future.

The first `workers` futures are already running: a worker holds each one (its bar on the future&apos;s lane), and cancel() returns False; those calls run to the end. The others are still in the work queue: cancel() returns True, a cancel mark appears on the main thread, and no worker ever starts them (their submit arrows lead nowhere). A cancelled future&apos;s result() raises CancelledError.

A running thread cannot be stopped from outside in Python: cancel() only takes work back before it starts. The decision is made under the future&apos;s lock, so a cancel() that races with a worker picking the item up either wins (the call never runs) or loses (it runs): never both.</source>
        <translation>主线程向一个有 `workers` 个线程的池提交 `tasks` 个各耗时 task_ms 的调用，给工作线程一点时间取走各自的第一项工作，然后对每个 future 调用 cancel()。

前 `workers` 个 future 已经在运行：每一个都由一个工作线程持有（future 泳道上的色条），cancel() 返回 False；这些调用会一直运行到结束。其余的还在工作队列中：cancel() 返回 True，主线程上出现一个取消标记，并且没有任何工作线程会启动它们（它们的 submit 箭头没有指向任何地方）。已取消的 future 的 result() 会抛出 CancelledError。

在 Python 中，正在运行的线程无法从外部停止：cancel() 只能在工作开始之前把它收回。这个决定是在 future 的锁之下做出的，所以与工作线程取走该项工作相竞争的 cancel() 要么赢（调用永远不会运行），要么输（调用照常运行）：绝不会两者兼有。</translation>
    </message>
    <message>
        <source>import time
from concurrent.futures import ThreadPoolExecutor

workers = 2
tasks = 4
task_ms = 2000


def work(i):
    time.sleep(task_ms / 1000)
    return i


with ThreadPoolExecutor(max_workers=workers) as ex:
    futures = [ex.submit(work, i) for i in range(tasks)]
    time.sleep(min(0.1, task_ms / 2000))   # let the workers start their first items
    for i, f in enumerate(futures):
        print(f&quot;cancel(task {i}) -&gt;&quot;, f.cancel())

for i, f in enumerate(futures):
    print(i, &quot;cancelled&quot; if f.cancelled() else f.result())
</source>
        <translation>import time
from concurrent.futures import ThreadPoolExecutor

workers = 2
tasks = 4
task_ms = 2000


def work(i):
    time.sleep(task_ms / 1000)
    return i


with ThreadPoolExecutor(max_workers=workers) as ex:
    futures = [ex.submit(work, i) for i in range(tasks)]
    time.sleep(min(0.1, task_ms / 2000))   # 让工作线程开始各自的第一项工作
    for i, f in enumerate(futures):
        print(f&quot;cancel(task {i}) -&gt;&quot;, f.cancel())

for i, f in enumerate(futures):
    print(i, &quot;cancelled&quot; if f.cancelled() else f.result())
</translation>
    </message>
    <message>
        <source>max_workers: how many calls are running when the main thread cancels.</source>
        <translation>max_workers：主线程取消时正在运行的调用数。</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务时长</translation>
    </message>
    <message>
        <source>How long each call sleeps.</source>
        <translation>每个调用休眠的时长。</translation>
    </message>
    <message>
        <source>cancel(task %1) -&gt; %2</source>
        <translation>cancel(任务 %1) -&gt; %2</translation>
    </message>
    <message>
        <source>Exceptions in futures</source>
        <translation>future 中的异常</translation>
    </message>
    <message>
        <source>An exception raised in a worker is kept in its future and raised again by result().</source>
        <translation>工作线程中抛出的异常会保存在它的 future 中，并由 result() 再次抛出。</translation>
    </message>
    <message>
        <source>Each of the `tasks` calls works for 100 ms and returns i * i, except the call number fail_index, which raises ValueError. Look at that call&apos;s worker: the exception mark appears on its lane, yet the worker does not die: its lane goes on and it takes the next item. The pool catches the exception and stores it in the future.

Nothing is printed at that moment. The exception surfaces only when the main thread calls result() on that future: a second exception mark, on the main thread&apos;s lane, where the try/except catches it. f.exception() would hand it back without raising. A future nobody asks keeps its exception silently: an error in a pool can go unnoticed.

The other futures are not affected: their results come back as usual. Set fail_index to -1 (or to tasks or more) for a run where nothing fails.</source>
        <translation>`tasks` 个调用中的每一个都工作 100 ms 并返回 i * i，只有编号为 fail_index 的调用会抛出 ValueError。看那个调用所在的工作线程：异常标记出现在它的泳道上，但工作线程并没有死：它的泳道继续延伸，并取走下一项工作。线程池捕获了这个异常，并把它保存在 future 中。

那一刻什么也不会输出。只有当主线程对那个 future 调用 result() 时，异常才会浮现：主线程泳道上出现第二个异常标记，try/except 在那里捕获了它。f.exception() 会直接把它交回而不抛出。没人过问的 future 会默默地保留它的异常：线程池中的错误可能无人察觉。

其他 future 不受影响：它们的结果照常返回。把 fail_index 设为 -1（或者 tasks 及以上），就能得到一次什么都不失败的运行。</translation>
    </message>
    <message>
        <source>import time
from concurrent.futures import ThreadPoolExecutor

workers = 2
tasks = 3
fail_index = 0


def work(i):
    time.sleep(0.1)
    if i == fail_index:
        raise ValueError(f&quot;task {i} failed&quot;)
    return i * i


with ThreadPoolExecutor(max_workers=workers) as ex:
    futures = [ex.submit(work, i) for i in range(tasks)]
    for f in futures:
        try:
            print(f.result())        # raises the worker&apos;s exception here
        except ValueError as e:
            print(&quot;caught:&quot;, e)
</source>
        <translation>import time
from concurrent.futures import ThreadPoolExecutor

workers = 2
tasks = 3
fail_index = 0


def work(i):
    time.sleep(0.1)
    if i == fail_index:
        raise ValueError(f&quot;task {i} failed&quot;)
    return i * i


with ThreadPoolExecutor(max_workers=workers) as ex:
    futures = [ex.submit(work, i) for i in range(tasks)]
    for f in futures:
        try:
            print(f.result())        # 在这里抛出工作线程的异常
        except ValueError as e:
            print(&quot;caught:&quot;, e)
</translation>
    </message>
    <message>
        <source>Failing call</source>
        <translation>失败的调用</translation>
    </message>
    <message>
        <source>The number of the call that raises ValueError (from 0); -1 or tasks or more: none.</source>
        <translation>抛出 ValueError 的调用编号（从 0 开始）；-1 或 tasks 及以上：没有。</translation>
    </message>
    <message>
        <source>caught: %1</source>
        <translation>捕获：%1</translation>
    </message>
    <message>
        <source>CPU-bound work and the GIL</source>
        <translation>CPU 密集型工作与 GIL</translation>
    </message>
    <message>
        <source>Under a GIL, CPU-bound threads take turns on one core; processes use them all.</source>
        <translation>有 GIL 时，CPU 密集型线程在一个核心上轮流执行；进程则能用上所有核心。</translation>
    </message>
    <message>
        <source>Each of the `tasks` calls burns work_ms of CPU time (counted on its own CPU clock, so a call that has to share a core, or wait, takes longer on the wall clock). duration_ms is how long the whole map() took; serial_ms is what running the calls one after another would cost.

mode=threads_gil models CPython: a thread must hold the GIL (its lane) to run Python code. Only one task runs at any moment; the others are blocked on the GIL. Every switch_ms the holder is made to drop it (the &quot;switch interval&quot; marks) and the next waiter takes it: the threads take turns, and duration_ms comes out close to serial_ms, however many cores there are.

mode=threads has no GIL (as a free-threaded Python, or C code that releases the GIL): all tasks run at once and the machine&apos;s cores share the work, so duration_ms is about serial_ms divided by the cores. mode=processes runs each call in a real child process (ProcessPoolExecutor): each process has its own interpreter and its own GIL, so CPU-bound work uses the cores too, at the price of starting the processes and of sending arguments and results between them.</source>
        <translation>`tasks` 个调用中的每一个都消耗 work_ms 的 CPU 时间（按它自己的 CPU 时钟计算，所以必须共享核心或需要等待的调用，在挂钟时间上会更久）。duration_ms 是整个 map() 的耗时；serial_ms 是把这些调用一个接一个运行所需的时间。

mode=threads_gil 模拟 CPython：线程必须持有 GIL（它的泳道）才能运行 Python 代码。任何时刻只有一个任务在运行；其他任务都阻塞在 GIL 上。每隔 switch_ms，持有者就被迫放下 GIL（“switch interval”标记），由下一个等待者取得：线程们轮流执行，无论有多少个核心，duration_ms 都接近 serial_ms。

mode=threads 没有 GIL（相当于自由线程版的 Python，或释放了 GIL 的 C 代码）：所有任务同时运行，由机器的各个核心分担工作，所以 duration_ms 约为 serial_ms 除以核心数。mode=processes 在一个真实的子进程中运行每个调用（ProcessPoolExecutor）：每个进程都有自己的解释器和自己的 GIL，所以 CPU 密集型工作也能用上多个核心，代价是要启动进程，还要在进程之间传送参数和结果。</translation>
    </message>
    <message>
        <source>import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

tasks = 4
work_ms = 500
mode = &quot;threads&quot;      # &quot;threads&quot;, &quot;threads_gil&quot; or &quot;processes&quot;
switch_ms = 5


def cpu_work(i):
    start = time.thread_time()            # this thread&apos;s CPU clock
    n = 0
    while time.thread_time() - start &lt; work_ms / 1000:
        n += 1                            # pure Python: runs only with the GIL
    return n


if __name__ == &quot;__main__&quot;:
    sys.setswitchinterval(switch_ms / 1000)
    # CPython always has the GIL; &quot;threads&quot; is what a free-threaded build (python3.13t) does
    Executor = ProcessPoolExecutor if mode == &quot;processes&quot; else ThreadPoolExecutor
    start = time.perf_counter()
    with Executor(max_workers=tasks) as ex:
        counts = list(ex.map(cpu_work, range(tasks)))
    print(f&quot;{mode}: {(time.perf_counter() - start) * 1000:.0f} ms&quot;)
</source>
        <translation>import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

tasks = 4
work_ms = 500
mode = &quot;threads&quot;      # &quot;threads&quot;、&quot;threads_gil&quot; 或 &quot;processes&quot;
switch_ms = 5


def cpu_work(i):
    start = time.thread_time()            # 本线程的 CPU 时钟
    n = 0
    while time.thread_time() - start &lt; work_ms / 1000:
        n += 1                            # 纯 Python：只有持有 GIL 才能运行
    return n


if __name__ == &quot;__main__&quot;:
    sys.setswitchinterval(switch_ms / 1000)
    # CPython 总是有 GIL；&quot;threads&quot; 相当于自由线程构建（python3.13t）的行为
    Executor = ProcessPoolExecutor if mode == &quot;processes&quot; else ThreadPoolExecutor
    start = time.perf_counter()
    with Executor(max_workers=tasks) as ex:
        counts = list(ex.map(cpu_work, range(tasks)))
    print(f&quot;{mode}: {(time.perf_counter() - start) * 1000:.0f} ms&quot;)
</translation>
    </message>
    <message>
        <source>How many CPU-bound calls, each in a worker of its own (max_workers = tasks).</source>
        <translation>CPU 密集型调用的数量，每个调用有自己的 worker（max_workers = tasks）。</translation>
    </message>
    <message>
        <source>CPU time each call burns.</source>
        <translation>每个调用消耗的 CPU 时间。</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>threads: threads without a GIL. threads_gil: threads that must hold the GIL to run. processes: a child process per call.</source>
        <translation>threads：没有 GIL 的线程。threads_gil：必须持有 GIL 才能运行的线程。processes：每个调用一个子进程。</translation>
    </message>
    <message>
        <source>Switch interval</source>
        <translation>切换间隔</translation>
    </message>
    <message>
        <source>With threads_gil: how long a thread may keep the GIL while another waits for it (sys.setswitchinterval).</source>
        <translation>使用 threads_gil 时：在另一个线程等待 GIL 的情况下，一个线程最多可以持有 GIL 多久（sys.setswitchinterval）。</translation>
    </message>
    <message>
        <source>%1: %2 ms for %3 × %4 ms of CPU</source>
        <translation>%1：%3 × %4 ms CPU 时间，耗时 %2 ms</translation>
    </message>
    <message>
        <source>Executor.map</source>
        <translation>Executor.map</translation>
    </message>
    <message>
        <source>map() hands back results in input order, with at most `workers` calls running at once.</source>
        <translation>map() 按输入顺序交回结果，同一时刻最多运行 `workers` 个调用。</translation>
    </message>
    <message>
        <source>The main thread calls ex.map(work, range(tasks)) on a ThreadPoolExecutor with `workers` threads. map() submits every call at once: follow the submit arrows from the main thread to the workers, and the work queue&apos;s step chart, which drops as workers take items. The pool&apos;s chart counts busy workers: it never goes above workers, and the last items wait in the queue until a worker is free.

Each call sleeps a little less than the one before it (from task_ms down to task_ms/tasks), so later items often finish first: see their result marks, and completion_order. Yet the main thread waits on future-0 first, then future-1, and so on, and results come back in input order, whatever order the work finished in.

The workers are started only as they are needed, up to max_workers, and named as Python names them (ThreadPoolExecutor-0_0, ...). When the `with` block ends, shutdown(wait=True) joins them.</source>
        <translation>主线程在一个有 `workers` 个线程的 ThreadPoolExecutor 上调用 ex.map(work, range(tasks))。map() 一次性提交所有调用：顺着从主线程指向工作线程的 submit 箭头看，再看工作队列的阶梯图，它随着工作线程取走条目而下降。池的图表统计忙碌的工作线程数：它从不超过 workers，最后的那些条目在队列中等待，直到有工作线程空闲。

每个调用都比前一个休眠得稍短一些（从 task_ms 递减到 task_ms/tasks），所以靠后的条目常常先完成：参见它们的结果标记和 completion_order。然而主线程先等待 future-0，然后是 future-1，依此类推，结果按输入顺序返回，不管工作以什么顺序完成。

工作线程只在需要时才启动，最多 max_workers 个，并按 Python 的方式命名（ThreadPoolExecutor-0_0，……）。`with` 块结束时，shutdown(wait=True) 会 join 它们。</translation>
    </message>
    <message>
        <source>import time
from concurrent.futures import ThreadPoolExecutor

workers = 4
tasks = 10
task_ms = 100


def work(i):
    # later items are shorter: they tend to finish first
    time.sleep(task_ms * (tasks - i) / tasks / 1000)
    return i * i


with ThreadPoolExecutor(max_workers=workers) as ex:
    results = list(ex.map(work, range(tasks)))   # in input order

print(results)
</source>
        <translation>import time
from concurrent.futures import ThreadPoolExecutor

workers = 4
tasks = 10
task_ms = 100


def work(i):
    # 靠后的条目更短：它们往往先完成
    time.sleep(task_ms * (tasks - i) / tasks / 1000)
    return i * i


with ThreadPoolExecutor(max_workers=workers) as ex:
    results = list(ex.map(work, range(tasks)))   # 按输入顺序

print(results)
</translation>
    </message>
    <message>
        <source>max_workers of the ThreadPoolExecutor: how many calls may run at once.</source>
        <translation>ThreadPoolExecutor 的 max_workers：同一时刻最多可运行的调用数。</translation>
    </message>
    <message>
        <source>How many items map() is given.</source>
        <translation>交给 map() 的条目数。</translation>
    </message>
    <message>
        <source>How long the first call sleeps; each later one sleeps a little less, the last task_ms/tasks.</source>
        <translation>第一个调用休眠的时长；之后每个都稍短一些，最后一个为 task_ms/tasks。</translation>
    </message>
    <message>
        <source>Shutting a pool down</source>
        <translation>关闭线程池</translation>
    </message>
    <message>
        <source>shutdown(wait=False) returns at once; cancel_futures=True drops the calls still queued.</source>
        <translation>shutdown(wait=False) 立即返回；cancel_futures=True 丢弃仍在排队的调用。</translation>
    </message>
    <message>
        <source>The main thread submits `tasks` calls of 200 ms each to `workers` threads, lets the workers start their first calls (50 ms), then calls shutdown(wait, cancel_futures) and notes how long that call took (shutdown_ms, and the mark on its lane). Each future reports its end through add_done_callback, so the main thread never waits on a result.

With wait=True the main thread waits in shutdown() (joining each worker) until the work is done. With wait=False it gets control back at once: its lane ends while the workers go on. The program still does not end there: at exit Python waits for the pool&apos;s workers, which finish everything already submitted.

cancel_futures=True (Python 3.9+) cancels every call still waiting in the queue: their futures get a cancel mark and never run, only the calls already running finish. A call that has started is never interrupted.</source>
        <translation>主线程向 `workers` 个线程提交 `tasks` 个各耗时 200 ms 的调用，让工作线程开始各自的第一个调用（50 ms），然后调用 shutdown(wait, cancel_futures)，并记下这次调用花了多久（shutdown_ms，以及它泳道上的标记）。每个 future 通过 add_done_callback 报告自己的结束，所以主线程从不等待任何结果。

当 wait=True 时，主线程在 shutdown() 中等待（逐个 join 工作线程），直到工作完成。当 wait=False 时，它立即重新获得控制权：它的泳道结束，而工作线程继续运行。程序仍然不会在那里结束：退出时 Python 会等待线程池的工作线程，它们会完成所有已经提交的调用。

cancel_futures=True（Python 3.9+）会取消仍在队列中等待的每一个调用：它们的 future 得到一个取消标记，并且永远不会运行，只有已经在运行的调用会完成。已经开始的调用永远不会被中断。</translation>
    </message>
    <message>
        <source>import time
from concurrent.futures import ThreadPoolExecutor

workers = 4
tasks = 10
wait = False
cancel_futures = False


def work(i):
    time.sleep(0.2)
    return i


def report(f):
    print(&quot;cancelled&quot; if f.cancelled() else f&quot;task {f.result()} done&quot;)


ex = ThreadPoolExecutor(max_workers=workers)
for i in range(tasks):
    ex.submit(work, i).add_done_callback(report)
time.sleep(0.05)                # the workers start their first calls

start = time.perf_counter()
ex.shutdown(wait=wait, cancel_futures=cancel_futures)
print(f&quot;shutdown returned after {(time.perf_counter() - start) * 1000:.0f} ms&quot;)
# at exit, Python still waits for the workers to finish the submitted calls
</source>
        <translation>import time
from concurrent.futures import ThreadPoolExecutor

workers = 4
tasks = 10
wait = False
cancel_futures = False


def work(i):
    time.sleep(0.2)
    return i


def report(f):
    print(&quot;cancelled&quot; if f.cancelled() else f&quot;task {f.result()} done&quot;)


ex = ThreadPoolExecutor(max_workers=workers)
for i in range(tasks):
    ex.submit(work, i).add_done_callback(report)
time.sleep(0.05)                # 工作线程开始各自的第一个调用

start = time.perf_counter()
ex.shutdown(wait=wait, cancel_futures=cancel_futures)
print(f&quot;shutdown returned after {(time.perf_counter() - start) * 1000:.0f} ms&quot;)
# 退出时，Python 仍会等待工作线程完成已提交的调用
</translation>
    </message>
    <message>
        <source>How many calls of 200 ms to submit.</source>
        <translation>要提交的 200 ms 调用数。</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>shutdown(wait=...): whether the call waits for the workers to finish.</source>
        <translation>shutdown(wait=...)：调用是否等待工作线程结束。</translation>
    </message>
    <message>
        <source>Cancel futures</source>
        <translation>取消 future</translation>
    </message>
    <message>
        <source>shutdown(cancel_futures=...): whether the calls still queued are cancelled.</source>
        <translation>shutdown(cancel_futures=...)：是否取消仍在排队的调用。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>shutdown returned after %1 ms</source>
        <translation>shutdown 在 %1 ms 后返回</translation>
    </message>
    <message>
        <source>A shared array</source>
        <translation>共享数组</translation>
    </message>
    <message>
        <source>Children change an Array in shared memory; the parent sees it.</source>
        <translation>子进程修改共享内存中的 Array；父进程能看到改动。</translation>
    </message>
    <message>
        <source>Array(&apos;i&apos;, range(length)) is a row of integers in shared memory. Each child process negates every element, holding the array&apos;s lock so that two children never interleave their passes. Each element has its own chart in the shared-memory box: watch them flip sign.

The parent prints the array after join(): it sees the children&apos;s writes, because they wrote to memory it shares. A plain list passed to the same children is copied into each of them: their changes to it never reach the parent, which still prints the original list.

With an even number of processes the signs flip back: the array ends as it began.</source>
        <translation>Array(&apos;i&apos;, range(length)) 是共享内存中的一行整数。每个子进程在持有数组锁的情况下把每个元素取反，这样两个子进程的处理过程永远不会交错。每个元素在共享内存框中都有自己的图表：看着它们改变符号。

父进程在 join() 之后打印数组：它能看到子进程的写入，因为子进程写的是与它共享的内存。而传给同样这些子进程的普通列表，会被复制到每个子进程中：它们对它的修改永远不会到达父进程，父进程打印的仍是原来的列表。

如果进程数是偶数，符号会翻转回来：数组最后和开始时一样。</translation>
    </message>
    <message>
        <source>import multiprocessing as mp

length = 4
processes = 1


def negate(arr, plain):
    with arr.get_lock():
        for i in range(len(arr)):
            arr[i] = -arr[i]
            plain[i] = -plain[i]       # a private copy: the parent never sees this


if __name__ == &quot;__main__&quot;:
    mp.set_start_method(&quot;spawn&quot;)
    arr = mp.Array(&quot;i&quot;, range(length))
    plain = list(range(length))
    workers = [mp.Process(target=negate, args=(arr, plain)) for _ in range(processes)]
    for p in workers:
        p.start()
    for p in workers:
        p.join()
    print(&quot;shared:&quot;, arr[:])
    print(&quot;plain: &quot;, plain)
</source>
        <translation>import multiprocessing as mp

length = 4
processes = 1


def negate(arr, plain):
    with arr.get_lock():
        for i in range(len(arr)):
            arr[i] = -arr[i]
            plain[i] = -plain[i]       # 私有副本：父进程永远看不到这个修改


if __name__ == &quot;__main__&quot;:
    mp.set_start_method(&quot;spawn&quot;)
    arr = mp.Array(&quot;i&quot;, range(length))
    plain = list(range(length))
    workers = [mp.Process(target=negate, args=(arr, plain)) for _ in range(processes)]
    for p in workers:
        p.start()
    for p in workers:
        p.join()
    print(&quot;shared:&quot;, arr[:])
    print(&quot;plain: &quot;, plain)
</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Elements in the array.</source>
        <translation>数组中的元素个数。</translation>
    </message>
    <message>
        <source>Processes that negate the array.</source>
        <translation>对数组取反的进程数。</translation>
    </message>
    <message>
        <source>A lock across processes</source>
        <translation>跨进程的锁</translation>
    </message>
    <message>
        <source>One multiprocessing.Lock: one process at a time in the critical section.</source>
        <translation>一把 multiprocessing.Lock：同一时刻只有一个进程在临界区内。</translation>
    </message>
    <message>
        <source>A multiprocessing.Lock lives in shared memory (a process-shared semaphore), so processes that share nothing else can still exclude each other. Each of the processes processes takes the lock, prints, and holds it for hold_ms.

Watch the lock&apos;s lane: one holder at a time, the others blocked at the door, and an arrow from each release to the next holder. Which process gets the lock next is up to the operating system, not the order of start(). Without the lock the prints of different processes could interleave; with it the critical sections line up one after another, so the run takes about processes × hold_ms.</source>
        <translation>multiprocessing.Lock 位于共享内存中（一个进程间共享的信号量），所以彼此不共享其他任何东西的进程仍然可以互斥。processes 个进程中的每一个都获取锁、输出一行，并持有锁 hold_ms。

注意锁的泳道：同一时刻只有一个持有者，其他进程阻塞在门外，每次释放都有一个箭头指向下一个持有者。哪个进程接下来得到锁由操作系统决定，而不是 start() 的顺序。没有锁时，不同进程的输出可能交错；有了锁，各个临界区一个接一个地排开，所以整个运行大约耗时 processes × hold_ms。</translation>
    </message>
    <message>
        <source>import multiprocessing as mp
import time

processes = 5
hold_ms = 100


def f(lock, i):
    with lock:
        print(&quot;hello world&quot;, i)
        time.sleep(hold_ms / 1000)


if __name__ == &quot;__main__&quot;:
    mp.set_start_method(&quot;spawn&quot;)
    lock = mp.Lock()
    workers = [mp.Process(target=f, args=(lock, i)) for i in range(processes)]
    for p in workers:
        p.start()
    for p in workers:
        p.join()
</source>
        <translation>import multiprocessing as mp
import time

processes = 5
hold_ms = 100


def f(lock, i):
    with lock:
        print(&quot;hello world&quot;, i)
        time.sleep(hold_ms / 1000)


if __name__ == &quot;__main__&quot;:
    mp.set_start_method(&quot;spawn&quot;)
    lock = mp.Lock()
    workers = [mp.Process(target=f, args=(lock, i)) for i in range(processes)]
    for p in workers:
        p.start()
    for p in workers:
        p.join()
</translation>
    </message>
    <message>
        <source>Processes sharing the lock.</source>
        <translation>共享这把锁的进程数。</translation>
    </message>
    <message>
        <source>How long each process holds the lock.</source>
        <translation>每个进程持有锁的时长。</translation>
    </message>
    <message>
        <source>A dict served by a manager</source>
        <translation>由 manager 提供的字典</translation>
    </message>
    <message>
        <source>A Manager process owns a dict; other processes use it through proxies.</source>
        <translation>一个 Manager 进程拥有一个字典；其他进程通过代理使用它。</translation>
    </message>
    <message>
        <source>Manager() starts a server process (SyncManager-1) that owns a real dict. manager.dict() gives the parent a proxy to it, and the proxy can be passed to other processes. Every operation on a proxy, such as d[key] = value, is a message to the manager and a reply: watch the arrows go to the manager&apos;s lane and back, and the caller wait (I/O) meanwhile.

Each of the processes children stores one entry; the parent then copies the whole dict and sees all of them. Any picklable value can be shared this way, at the price of a round trip to the manager for every access: much slower than a Value in shared memory.</source>
        <translation>Manager() 启动一个服务器进程（SyncManager-1），它拥有一个真正的字典。manager.dict() 给父进程一个指向它的代理，这个代理可以传给其他进程。对代理的每一个操作，比如 d[key] = value，都是发给 manager 的一条消息和一个回复：看箭头如何到达 manager 的泳道再返回，而调用方在此期间处于等待（I/O）状态。

processes 个子进程各存入一个条目；然后父进程复制整个字典，能看到全部条目。任何可 pickle 的值都可以这样共享，代价是每次访问都要与 manager 往返一次：比共享内存中的 Value 慢得多。</translation>
    </message>
    <message>
        <source>import multiprocessing as mp

processes = 2


def store(d, i):
    d[mp.current_process().name] = i * i


if __name__ == &quot;__main__&quot;:
    mp.set_start_method(&quot;spawn&quot;)
    with mp.Manager() as manager:
        d = manager.dict()
        workers = [mp.Process(target=store, args=(d, i)) for i in range(processes)]
        for p in workers:
            p.start()
        for p in workers:
            p.join()
        print(dict(d))
</source>
        <translation>import multiprocessing as mp

processes = 2


def store(d, i):
    d[mp.current_process().name] = i * i


if __name__ == &quot;__main__&quot;:
    mp.set_start_method(&quot;spawn&quot;)
    with mp.Manager() as manager:
        d = manager.dict()
        workers = [mp.Process(target=store, args=(d, i)) for i in range(processes)]
        for p in workers:
            p.start()
        for p in workers:
            p.join()
        print(dict(d))
</translation>
    </message>
    <message>
        <source>Processes that store into the dict.</source>
        <translation>向字典中存入数据的进程数。</translation>
    </message>
    <message>
        <source>A pipe between two processes</source>
        <translation>两个进程之间的管道</translation>
    </message>
    <message>
        <source>send() and recv() over a Pipe; end-of-file when the other end closes.</source>
        <translation>通过 Pipe 进行 send() 和 recv()；另一端关闭时遇到文件结束（EOF）。</translation>
    </message>
    <message>
        <source>Pipe() returns two connected ends. The parent keeps one and gives the other to a child process. The child works a little (50 ms) and sends a message, messages times; each is an arrow from send() to the recv() that takes it. While nothing has arrived, recv() blocks (I/O on the pipe).

With duplex=True both ends send and receive: the parent answers each message and the child waits for the answer, so the two processes take turns. With duplex=False the pipe is one-way: the first end only receives, the second only sends.

When the child is done it closes its end. The parent closed its own copy of the child&apos;s end right after start(), so no copy of it is left open anywhere: the parent&apos;s next recv() raises EOFError instead of blocking forever. Forgetting that close() is a classic way to hang.</source>
        <translation>Pipe() 返回两个相连的端点。父进程保留一端，把另一端交给一个子进程。子进程工作一小会儿（50 ms）后发送一条消息，共 messages 次；每条消息都是一个箭头，从 send() 指向取走它的 recv()。在没有消息到达时，recv() 会阻塞（管道上的 I/O）。

当 duplex=True 时，两端都能发送和接收：父进程回复每条消息，子进程等待回复，所以两个进程轮流执行。当 duplex=False 时，管道是单向的：第一个端点只接收，第二个只发送。

子进程完成后会关闭它的那一端。父进程在 start() 之后立即关闭了自己手里那份子进程端的副本，所以这一端在任何地方都没有打开的副本了：父进程的下一次 recv() 会抛出 EOFError，而不是永远阻塞。忘记这次 close() 是导致程序挂住的经典原因。</translation>
    </message>
    <message>
        <source>import multiprocessing as mp
import time

messages = 1
duplex = True


def child(conn, count, duplex):
    for i in range(count):
        time.sleep(0.05)                         # some work before each message
        conn.send(f&quot;hello {i}&quot;)
        if duplex:
            print(conn.recv())
    conn.close()


if __name__ == &quot;__main__&quot;:
    mp.set_start_method(&quot;spawn&quot;)
    parent_end, child_end = mp.Pipe(duplex)     # duplex=False: (receive-only, send-only)
    p = mp.Process(target=child, args=(child_end, messages, duplex))
    p.start()
    child_end.close()        # our copy: now only the child holds that end
    while True:
        try:
            message = parent_end.recv()
        except EOFError:
            print(&quot;EOFError: the child closed its end&quot;)
            break
        print(message)
        if duplex:
            parent_end.send(f&quot;got {message!r}&quot;)
    p.join()
</source>
        <translation>import multiprocessing as mp
import time

messages = 1
duplex = True


def child(conn, count, duplex):
    for i in range(count):
        time.sleep(0.05)                         # 每条消息之前先做些工作
        conn.send(f&quot;hello {i}&quot;)
        if duplex:
            print(conn.recv())
    conn.close()


if __name__ == &quot;__main__&quot;:
    mp.set_start_method(&quot;spawn&quot;)
    parent_end, child_end = mp.Pipe(duplex)     # duplex=False：（只收, 只发）
    p = mp.Process(target=child, args=(child_end, messages, duplex))
    p.start()
    child_end.close()        # 我们的副本：现在只有子进程持有那一端
    while True:
        try:
            message = parent_end.recv()
        except EOFError:
            print(&quot;EOFError: the child closed its end&quot;)
            break
        print(message)
        if duplex:
            parent_end.send(f&quot;got {message!r}&quot;)
    p.join()
</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>Messages the child sends.</source>
        <translation>子进程发送的消息数。</translation>
    </message>
    <message>
        <source>Duplex</source>
        <translation>双工</translation>
    </message>
    <message>
        <source>Whether both ends send and receive (the parent answers each message).</source>
        <translation>两端是否都能发送和接收（父进程回复每条消息）。</translation>
    </message>
    <message>
        <source>EOFError: the child closed its end</source>
        <translation>EOFError：子进程关闭了它的一端</translation>
    </message>
    <message>
        <source>A pool of worker processes</source>
        <translation>工作进程池</translation>
    </message>
    <message>
        <source>Pool.map, apply, apply_async and starmap over worker processes.</source>
        <translation>在工作进程上使用 Pool.map、apply、apply_async 和 starmap。</translation>
    </message>
    <message>
        <source>A Pool starts processes worker processes once and hands them tasks through a task queue; each task here computes x * x and takes 200 ms. Every task is a future: an arrow from the parent that submits it to the worker that takes it, a bar while the worker runs it, and an arrow back when its result is ready.

map and starmap submit every task at once: up to processes tasks run at the same time and the results come back in input order, whichever finishes first. apply waits for each result before it submits the next task, so only one worker is ever busy: the pool gives no speed-up. apply_async submits without waiting and get() collects the results afterwards, so the tasks overlap again.

The workers are separate processes: the tasks and their results travel between processes as serialized messages (pickles in Python, JSON here).</source>
        <translation>Pool 一次性启动 processes 个工作进程，并通过任务队列把任务交给它们；这里每个任务计算 x * x，耗时 200 ms。每个任务都是一个 future：一个从提交它的父进程指向取走它的工作进程的箭头，一段工作进程运行它时的色条，以及结果就绪时返回的箭头。

map 和 starmap 一次性提交所有任务：最多 processes 个任务同时运行，结果按输入顺序返回，不管哪个先完成。apply 要等到每个结果出来后才提交下一个任务，所以始终只有一个工作进程在忙：进程池没有带来任何加速。apply_async 提交时不等待，之后再用 get() 收集结果，所以任务又能重叠执行。

工作进程是相互独立的进程：任务及其结果以序列化消息的形式在进程之间传递（Python 中是 pickle，这里是 JSON）。</translation>
    </message>
    <message>
        <source>import multiprocessing as mp
import time

processes = 4
method = &quot;map&quot;          # map | apply | apply_async | starmap
items = 4


def square(x):
    time.sleep(0.2)
    return x * x


def multiply(x, y):
    time.sleep(0.2)
    return x * y


if __name__ == &quot;__main__&quot;:
    mp.set_start_method(&quot;spawn&quot;)
    with mp.Pool(processes) as pool:
        if method == &quot;map&quot;:
            results = pool.map(square, range(items))
        elif method == &quot;apply&quot;:
            results = [pool.apply(square, (x,)) for x in range(items)]
        elif method == &quot;apply_async&quot;:
            pending = [pool.apply_async(square, (x,)) for x in range(items)]
            results = [r.get() for r in pending]
        else:
            results = pool.starmap(multiply, [(x, x) for x in range(items)])
        pool.close()
        pool.join()
    print(results)
</source>
        <translation>import multiprocessing as mp
import time

processes = 4
method = &quot;map&quot;          # map | apply | apply_async | starmap
items = 4


def square(x):
    time.sleep(0.2)
    return x * x


def multiply(x, y):
    time.sleep(0.2)
    return x * y


if __name__ == &quot;__main__&quot;:
    mp.set_start_method(&quot;spawn&quot;)
    with mp.Pool(processes) as pool:
        if method == &quot;map&quot;:
            results = pool.map(square, range(items))
        elif method == &quot;apply&quot;:
            results = [pool.apply(square, (x,)) for x in range(items)]
        elif method == &quot;apply_async&quot;:
            pending = [pool.apply_async(square, (x,)) for x in range(items)]
            results = [r.get() for r in pending]
        else:
            results = pool.starmap(multiply, [(x, x) for x in range(items)])
        pool.close()
        pool.join()
    print(results)
</translation>
    </message>
    <message>
        <source>Worker processes in the pool.</source>
        <translation>池中的工作进程数。</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>How the tasks are handed to the pool.</source>
        <translation>把任务交给池的方式。</translation>
    </message>
    <message>
        <source>How many tasks (x = 0, 1, ...).</source>
        <translation>任务数（x = 0, 1, ...）。</translation>
    </message>
    <message>
        <source>A queue between processes</source>
        <translation>进程之间的队列</translation>
    </message>
    <message>
        <source>Producer processes put messages; the parent gets them.</source>
        <translation>生产者进程放入消息；父进程取出它们。</translation>
    </message>
    <message>
        <source>Processes share no memory, so they talk through a multiprocessing.Queue. Each producer process puts messages messages; the parent calls get() until it has them all. Each message is an arrow from the put() in a producer to the get() that takes it in the parent, and the queue&apos;s chart shows how many messages wait in it.

Until a message arrives the parent waits in get(). The first one comes only after the producer has started, which takes a while for a process. Messages from one producer arrive in the order it put them; messages from several producers interleave. A message is a copy (serialized on put, rebuilt on get), not a shared object.</source>
        <translation>进程之间不共享内存，所以它们通过 multiprocessing.Queue 通信。每个生产者进程放入 messages 条消息；父进程不断调用 get()，直到收到全部消息。每条消息都是一个箭头，从生产者中的 put() 指向父进程中取走它的 get()，队列的图表显示其中有多少条消息在等待。

在消息到达之前，父进程在 get() 中等待。第一条消息要等生产者启动之后才会到来，而启动一个进程需要一段时间。同一个生产者的消息按它放入的顺序到达；多个生产者的消息则相互交错。消息是一份副本（put 时序列化，get 时重建），而不是共享的对象。</translation>
    </message>
    <message>
        <source>import multiprocessing as mp
import time

producers = 1
messages = 1


def produce(q, count):
    name = mp.current_process().name
    for i in range(count):
        if i:
            time.sleep(0.05)
        q.put(f&quot;{name}: message {i}&quot;)


if __name__ == &quot;__main__&quot;:
    mp.set_start_method(&quot;spawn&quot;)
    q = mp.Queue()
    workers = [mp.Process(target=produce, args=(q, messages)) for _ in range(producers)]
    for p in workers:
        p.start()
    for _ in range(producers * messages):
        print(q.get())
    for p in workers:
        p.join()
</source>
        <translation>import multiprocessing as mp
import time

producers = 1
messages = 1


def produce(q, count):
    name = mp.current_process().name
    for i in range(count):
        if i:
            time.sleep(0.05)
        q.put(f&quot;{name}: message {i}&quot;)


if __name__ == &quot;__main__&quot;:
    mp.set_start_method(&quot;spawn&quot;)
    q = mp.Queue()
    workers = [mp.Process(target=produce, args=(q, messages)) for _ in range(producers)]
    for p in workers:
        p.start()
    for _ in range(producers * messages):
        print(q.get())
    for p in workers:
        p.join()
</translation>
    </message>
    <message>
        <source>Producer processes.</source>
        <translation>生产者进程数。</translation>
    </message>
    <message>
        <source>Messages each producer puts.</source>
        <translation>每个生产者放入的消息数。</translation>
    </message>
    <message>
        <source>Start and join a process</source>
        <translation>启动与 join 进程</translation>
    </message>
    <message>
        <source>Child processes run beside the parent; join() waits for them.</source>
        <translation>子进程与父进程并行运行；join() 等待它们结束。</translation>
    </message>
    <message>
        <source>The parent starts processes child processes and joins them. Each is a real operating-system process with its own pid and its own memory, shown in a box of its own. Notice the pale stretch at the start of each child&apos;s lane: starting a process is slow (the &quot;spawn&quot; start method launches a fresh program), much slower than starting a thread.

Right after start(), is_alive() is True and exitcode is None. join() blocks the parent (waiting, on the process&apos;s join handle) until the child ends; then is_alive() is False and exitcode is 0. The children sleep work_ms each, side by side: the whole run takes about work_ms, not processes × work_ms.</source>
        <translation>父进程启动 processes 个子进程并 join 它们。每个子进程都是一个真实的操作系统进程，有自己的 pid 和自己的内存，显示在单独的框中。注意每个子进程泳道开头那段浅色部分：启动进程很慢（“spawn”启动方式会启动一个全新的程序），比启动线程慢得多。

刚调用 start() 之后，is_alive() 为 True，exitcode 为 None。join() 会阻塞父进程（在该进程的 join 句柄上等待），直到子进程结束；之后 is_alive() 为 False，exitcode 为 0。子进程各自并行地休眠 work_ms：整个运行大约耗时 work_ms，而不是 processes × work_ms。</translation>
    </message>
    <message>
        <source>import multiprocessing as mp
import time

processes = 1
work_ms = 1000


def work(ms):
    time.sleep(ms / 1000)


if __name__ == &quot;__main__&quot;:
    mp.set_start_method(&quot;spawn&quot;)
    children = [mp.Process(target=work, args=(work_ms,)) for _ in range(processes)]
    for p in children:
        p.start()
        print(p.name, &quot;pid&quot;, p.pid, &quot;is_alive:&quot;, p.is_alive())
    for p in children:
        p.join()
        print(p.name, &quot;is_alive:&quot;, p.is_alive(), &quot;exitcode:&quot;, p.exitcode)
</source>
        <translation>import multiprocessing as mp
import time

processes = 1
work_ms = 1000


def work(ms):
    time.sleep(ms / 1000)


if __name__ == &quot;__main__&quot;:
    mp.set_start_method(&quot;spawn&quot;)
    children = [mp.Process(target=work, args=(work_ms,)) for _ in range(processes)]
    for p in children:
        p.start()
        print(p.name, &quot;pid&quot;, p.pid, &quot;is_alive:&quot;, p.is_alive())
    for p in children:
        p.join()
        print(p.name, &quot;is_alive:&quot;, p.is_alive(), &quot;exitcode:&quot;, p.exitcode)
</translation>
    </message>
    <message>
        <source>How many child processes to start.</source>
        <translation>要启动的子进程数。</translation>
    </message>
    <message>
        <source>How long each child sleeps.</source>
        <translation>每个子进程休眠的时长。</translation>
    </message>
    <message>
        <source>A shared Value and its lock</source>
        <translation>共享 Value 及其锁</translation>
    </message>
    <message>
        <source>Shared memory loses updates without its lock.</source>
        <translation>不加锁时，共享内存会丢失更新。</translation>
    </message>
    <message>
        <source>Value(&apos;i&apos;, 0) is an integer in shared memory: every process sees the same number, drawn in the shared-memory box between them. Each process adds 1 to it increments times. `v.value += 1` is two steps, a load and a store; when another process stores between them, one increment is lost. The processes wait at a &quot;start&quot; barrier first, so that they really run at the same moment: the last one to arrive releases them all.

window_us is a pause between the load and the store (0: only a yield). Once it is above zero the processes load the same old value before any of them stores, so updates are lost run after run: the chart of the value climbs by less than processes × increments.

Value&apos;s own lock guards each single load or store, not the pair, so it does not help here. With lock=true each increment runs inside `with v.get_lock():` and nothing is lost; the lock&apos;s lane shows the processes taking turns.</source>
        <translation>Value(&apos;i&apos;, 0) 是共享内存中的一个整数：每个进程看到的都是同一个数，画在它们之间的共享内存框中。每个进程对它加 1，共 increments 次。`v.value += 1` 是两步：一次读取和一次存储；如果另一个进程在两者之间存储，一次递增就会丢失。各进程先在“start”栅栏处等待，以便它们真正在同一时刻运行：最后到达的那个进程会放行所有进程。

window_us 是读取与存储之间的停顿（0：只让出）。一旦它大于零，各进程都会在任何一个进程存储之前读到同一个旧值，所以每次运行都会丢失更新：值的图表增长不到 processes × increments。

Value 自带的锁保护的是每一次单独的读取或存储，而不是这一对操作，所以在这里帮不上忙。当 lock=true 时，每次递增都在 `with v.get_lock():` 之内执行，就不会丢失任何更新；锁的泳道显示各进程轮流执行。</translation>
    </message>
    <message>
        <source>import multiprocessing as mp
import time

processes = 5
increments = 1
lock = False
window_us = 0


def add(v, start, increments, lock, window_us):
    start.wait()                       # all begin together
    for _ in range(increments):
        if lock:
            with v.get_lock():
                add_one(v, window_us)
        else:
            add_one(v, window_us)


def add_one(v, window_us):
    seen = v.value                     # LOAD
    time.sleep(window_us / 1e6)        # another process may run here
    v.value = seen + 1                 # STORE


if __name__ == &quot;__main__&quot;:
    mp.set_start_method(&quot;spawn&quot;)
    v = mp.Value(&quot;i&quot;, 0)
    start = mp.Barrier(processes)
    workers = [mp.Process(target=add, args=(v, start, increments, lock, window_us))
               for _ in range(processes)]
    for p in workers:
        p.start()
    for p in workers:
        p.join()
    expected = processes * increments
    print(f&quot;value={v.value} expected={expected} lost={expected - v.value}&quot;)
</source>
        <translation>import multiprocessing as mp
import time

processes = 5
increments = 1
lock = False
window_us = 0


def add(v, start, increments, lock, window_us):
    start.wait()                       # 所有进程同时开始
    for _ in range(increments):
        if lock:
            with v.get_lock():
                add_one(v, window_us)
        else:
            add_one(v, window_us)


def add_one(v, window_us):
    seen = v.value                     # LOAD
    time.sleep(window_us / 1e6)        # 另一个进程可能在这里运行
    v.value = seen + 1                 # STORE


if __name__ == &quot;__main__&quot;:
    mp.set_start_method(&quot;spawn&quot;)
    v = mp.Value(&quot;i&quot;, 0)
    start = mp.Barrier(processes)
    workers = [mp.Process(target=add, args=(v, start, increments, lock, window_us))
               for _ in range(processes)]
    for p in workers:
        p.start()
    for p in workers:
        p.join()
    expected = processes * increments
    print(f&quot;value={v.value} expected={expected} lost={expected - v.value}&quot;)
</translation>
    </message>
    <message>
        <source>Processes adding to the value.</source>
        <translation>对该值做加法的进程数。</translation>
    </message>
    <message>
        <source>How many times each process adds 1.</source>
        <translation>每个进程加 1 的次数。</translation>
    </message>
    <message>
        <source>Use the lock</source>
        <translation>使用锁</translation>
    </message>
    <message>
        <source>Whether each increment runs inside `with v.get_lock():`.</source>
        <translation>每次递增是否在 `with v.get_lock():` 之内执行。</translation>
    </message>
    <message>
        <source>A pause between the load and the store of each increment; 0 only yields.</source>
        <translation>每次递增在读取与存储之间的停顿；0 表示只让出。</translation>
    </message>
    <message>
        <source>the server closed the connection before echoing</source>
        <translation>服务器在回显之前关闭了连接</translation>
    </message>
    <message>
        <source>HTTP fetch</source>
        <translation>HTTP 抓取</translation>
    </message>
    <message>
        <source>Fetching pages one after another, by threads, or by async tasks: concurrent requests overlap their waits.</source>
        <translation>依次抓取页面、用线程抓取，或用异步任务抓取：并发的请求会让等待相互重叠。</translation>
    </message>
    <message>
        <source>A small HTTP/1.1 server runs inside the run (a thread per connection, like Python&apos;s ThreadingHTTPServer); every page takes latency_ms to produce. The client fetches `requests` pages: each request is an arrow to the server, the response an arrow back.

sequential: one request after another, so the total is about requests × latency_ms, and the client spends nearly all of it in the io state waiting for the server.

threads: a thread per request; async: a task per request on one event loop. Either way the waits overlap and the total is about one latency_ms. The work is the same; only the waiting is shared. Compare total_ms and the durations_ms of each request.</source>
        <translation>一个小型 HTTP/1.1 服务器在本次运行内部运行（每个连接一个线程，类似 Python 的 ThreadingHTTPServer）；每个页面需要 latency_ms 才能生成。客户端抓取 `requests` 个页面：每个请求是一个指向服务器的箭头，响应是一个返回的箭头。

sequential：一个请求接一个请求，所以总耗时约为 requests × latency_ms，而客户端几乎全部时间都处于 io 状态，等待服务器。

threads：每个请求一个线程；async：在一个事件循环上每个请求一个任务。无论哪种方式，等待都相互重叠，总耗时约为一个 latency_ms。工作量是一样的；只是等待重叠在了一起。比较 total_ms 和每个请求的 durations_ms。</translation>
    </message>
    <message>
        <source>import asyncio
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

requests = 3
latency_ms = 500
mode = &quot;sequential&quot;            # &quot;threads&quot;, &quot;async&quot;


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(latency_ms / 1000)    # a slow backend
        body = f&quot;hello from {self.path}\n&quot;.encode()
        self.send_response(200)
        self.send_header(&quot;Content-Length&quot;, str(len(body)))
        self.end_headers()
        self.wfile.write(body)


server = ThreadingHTTPServer((&quot;127.0.0.1&quot;, 0), Handler)
threading.Thread(target=server.serve_forever, name=&quot;HTTPServer&quot;).start()
url = f&quot;http://127.0.0.1:{server.server_address[1]}&quot;


def fetch(i):
    with urllib.request.urlopen(f&quot;{url}/item/{i}&quot;) as r:
        return r.read()


async def afetch(i):
    reader, writer = await asyncio.open_connection(&quot;127.0.0.1&quot;, server.server_address[1])
    writer.write(f&quot;GET /item/{i} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n&quot;.encode())
    data = await reader.read()
    writer.close()
    return data


async def fetch_all():
    return await asyncio.gather(*(afetch(i) for i in range(requests)))


start = time.perf_counter()
if mode == &quot;sequential&quot;:
    pages = [fetch(i) for i in range(requests)]
elif mode == &quot;threads&quot;:
    ts = [threading.Thread(target=fetch, args=(i,)) for i in range(requests)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
else:
    asyncio.run(fetch_all())
print(f&quot;{time.perf_counter() - start:.2f} s&quot;)
server.shutdown()
</source>
        <translation>import asyncio
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

requests = 3
latency_ms = 500
mode = &quot;sequential&quot;            # 或 &quot;threads&quot;、&quot;async&quot;


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(latency_ms / 1000)    # 一个慢速后端
        body = f&quot;hello from {self.path}\n&quot;.encode()
        self.send_response(200)
        self.send_header(&quot;Content-Length&quot;, str(len(body)))
        self.end_headers()
        self.wfile.write(body)


server = ThreadingHTTPServer((&quot;127.0.0.1&quot;, 0), Handler)
threading.Thread(target=server.serve_forever, name=&quot;HTTPServer&quot;).start()
url = f&quot;http://127.0.0.1:{server.server_address[1]}&quot;


def fetch(i):
    with urllib.request.urlopen(f&quot;{url}/item/{i}&quot;) as r:
        return r.read()


async def afetch(i):
    reader, writer = await asyncio.open_connection(&quot;127.0.0.1&quot;, server.server_address[1])
    writer.write(f&quot;GET /item/{i} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n&quot;.encode())
    data = await reader.read()
    writer.close()
    return data


async def fetch_all():
    return await asyncio.gather(*(afetch(i) for i in range(requests)))


start = time.perf_counter()
if mode == &quot;sequential&quot;:
    pages = [fetch(i) for i in range(requests)]
elif mode == &quot;threads&quot;:
    ts = [threading.Thread(target=fetch, args=(i,)) for i in range(requests)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
else:
    asyncio.run(fetch_all())
print(f&quot;{time.perf_counter() - start:.2f} s&quot;)
server.shutdown()
</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>How many pages to fetch.</source>
        <translation>要抓取的页面数。</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>How long the server takes to produce each page.</source>
        <translation>服务器生成每个页面所需的时长。</translation>
    </message>
    <message>
        <source>sequential: one request after another; threads: a thread per request; async: a task per request.</source>
        <translation>sequential：一个请求接一个请求；threads：每个请求一个线程；async：每个请求一个任务。</translation>
    </message>
    <message>
        <source>TCP echo</source>
        <translation>TCP 回显</translation>
    </message>
    <message>
        <source>Clients send lines to an echo server that serves one session at a time, a thread per session, or event-loop tasks.</source>
        <translation>客户端向回显服务器发送文本行；服务器一次只服务一个会话、每个会话一个线程，或使用事件循环任务。</translation>
    </message>
    <message>
        <source>Each client connects to the server on 127.0.0.1, sends `messages` lines and reads each one back, then closes. Both ends of a connection record on one socket (&quot;client-1 ↔ server&quot;); each message is an arrow from the sender to the read that receives its last byte. A call that has to wait for the other side shows the io state (suspended, for the async server&apos;s tasks).

With the iterative server (the course&apos;s first server) only one session is served at a time: the kernel completes the other clients&apos; connections, but their first recv() waits in io until the server has finished with everybody before them. max_concurrent stays 1.

The threaded server hands every accepted connection to a thread of its own, so sessions overlap and the clients&apos; waits shrink. The async server does the same with event-loop tasks on one thread: while one session waits for its socket, the loop runs another.

Messages are lines ending in &quot;\n&quot;: TCP is a byte stream, so a reader needs a rule for where a message ends; a long line may arrive in several pieces (several recv marks, one arrow).</source>
        <translation>每个客户端连接到 127.0.0.1 上的服务器，发送 `messages` 行，逐行读回，然后关闭。一个连接的两端记录在同一个套接字上（“client-1 ↔ server”）；每条消息都是一个箭头，从发送方指向收到它最后一个字节的那次读取。必须等待另一方的调用显示为 io 状态（对异步服务器的任务来说是“挂起”）。

使用迭代式服务器（课程中的第一个服务器）时，同一时刻只服务一个会话：内核会完成其他客户端的连接，但它们的第一次 recv() 要在 io 中一直等到服务器处理完排在前面的所有客户端。max_concurrent 保持为 1。

多线程服务器把每个接受的连接交给一个专属线程，所以会话相互重叠，客户端的等待也缩短了。异步服务器在一个线程上用事件循环任务做同样的事：当一个会话在等待它的套接字时，事件循环去运行另一个会话。

消息是以 &quot;\n&quot; 结尾的行：TCP 是字节流，所以读取方需要一条规则来判断消息在哪里结束；一个长行可能分成几块到达（几个 recv 标记，一个箭头）。</translation>
    </message>
    <message>
        <source>import socket
import threading

clients = 1
messages = 1
server = &quot;iterative&quot;          # &quot;threaded&quot;, &quot;async&quot; (asyncio.start_server)

listener = socket.create_server((&quot;127.0.0.1&quot;, 0))
port = listener.getsockname()[1]


def serve(conn):
    with conn, conn.makefile(&quot;rb&quot;) as lines:
        for line in lines:           # one message per line
            conn.sendall(line)


def run_server():
    handlers = []
    for _ in range(clients):
        conn, addr = listener.accept()
        if server == &quot;iterative&quot;:
            serve(conn)              # the next client waits meanwhile
        else:
            t = threading.Thread(target=serve, args=(conn,))
            t.start()
            handlers.append(t)
    for t in handlers:
        t.join()


def client(k):
    with socket.create_connection((&quot;127.0.0.1&quot;, port)) as s:
        lines = s.makefile(&quot;rb&quot;)
        for i in range(messages):
            s.sendall(f&quot;message {i} from client-{k}\n&quot;.encode())
            print(lines.readline().decode(), end=&quot;&quot;)


srv = threading.Thread(target=run_server, name=&quot;server&quot;)
srv.start()
cs = [threading.Thread(target=client, args=(k,), name=f&quot;client-{k}&quot;) for k in range(1, clients + 1)]
for t in cs:
    t.start()
for t in cs:
    t.join()
srv.join()
</source>
        <translation>import socket
import threading

clients = 1
messages = 1
server = &quot;iterative&quot;          # 或 &quot;threaded&quot;、&quot;async&quot;（asyncio.start_server）

listener = socket.create_server((&quot;127.0.0.1&quot;, 0))
port = listener.getsockname()[1]


def serve(conn):
    with conn, conn.makefile(&quot;rb&quot;) as lines:
        for line in lines:           # 每行一条消息
            conn.sendall(line)


def run_server():
    handlers = []
    for _ in range(clients):
        conn, addr = listener.accept()
        if server == &quot;iterative&quot;:
            serve(conn)              # 与此同时下一个客户端在等待
        else:
            t = threading.Thread(target=serve, args=(conn,))
            t.start()
            handlers.append(t)
    for t in handlers:
        t.join()


def client(k):
    with socket.create_connection((&quot;127.0.0.1&quot;, port)) as s:
        lines = s.makefile(&quot;rb&quot;)
        for i in range(messages):
            s.sendall(f&quot;message {i} from client-{k}\n&quot;.encode())
            print(lines.readline().decode(), end=&quot;&quot;)


srv = threading.Thread(target=run_server, name=&quot;server&quot;)
srv.start()
cs = [threading.Thread(target=client, args=(k,), name=f&quot;client-{k}&quot;) for k in range(1, clients + 1)]
for t in cs:
    t.start()
for t in cs:
    t.join()
srv.join()
</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户端数</translation>
    </message>
    <message>
        <source>How many clients connect at once, each with its own connection.</source>
        <translation>同时连接的客户端数，每个客户端有自己的连接。</translation>
    </message>
    <message>
        <source>How many lines each client sends and reads back.</source>
        <translation>每个客户端发送并读回的行数。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>iterative: one session at a time; threaded: a thread per connection; async: event-loop tasks.</source>
        <translation>iterative：一次一个会话；threaded：每个连接一个线程；async：事件循环任务。</translation>
    </message>
    <message>
        <source>UDP echo</source>
        <translation>UDP 回显</translation>
    </message>
    <message>
        <source>Datagrams can be lost: the client waits with a timeout and sends again.</source>
        <translation>数据报可能丢失：客户端带超时等待，然后重新发送。</translation>
    </message>
    <message>
        <source>UDP has no connection: each client sends a datagram to the server&apos;s port and waits for the echo. Each datagram is an arrow from the sender&apos;s socket to the receiver&apos;s.

Here the server ignores every drop_every-th datagram it receives from a client (a &quot;drop&quot; mark), as a lossy network would. Nothing tells the client: its recvfrom() waits in io until timeout_ms passes (a timeout mark), then it sends the same datagram again (a &quot;retry&quot; mark), at most `retries` times. A datagram still unanswered after that is lost.

With drop_every 0 nothing is lost. With drop_every 2 every second datagram needs a retry; with drop_every 1 nothing ever comes back and every datagram ends lost after 1 + retries tries. Outcome: echoed, retries, lost, timeouts.</source>
        <translation>UDP 没有连接：每个客户端向服务器的端口发送一个数据报，并等待回显。每个数据报都是一个箭头，从发送方的套接字指向接收方的套接字。

这里服务器会像一个会丢包的网络那样，忽略它从某个客户端收到的每第 drop_every 个数据报（一个“drop”标记）。客户端不会得到任何通知：它的 recvfrom() 在 io 中一直等到 timeout_ms 过去（一个超时标记），然后再次发送同一个数据报（一个“retry”标记），最多 `retries` 次。此后仍未得到回应的数据报就算丢失。

drop_every 为 0 时不会丢失任何数据报。drop_every 为 2 时，每第二个数据报需要重试一次；drop_every 为 1 时什么也回不来，每个数据报在尝试 1 + retries 次之后都以丢失告终。结果：echoed、retries、lost、timeouts。</translation>
    </message>
    <message>
        <source>import socket
import threading

clients = 1
datagrams = 3
drop_every = 0                 # the server ignores every n-th datagram (0: none)
timeout_ms = 200
retries = 2

server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
server.bind((&quot;127.0.0.1&quot;, 0))
port = server.getsockname()[1]


def run_server():
    seen = {}
    while True:
        data, addr = server.recvfrom(65536)
        if data == b&quot;stop&quot;:
            break
        seen[addr] = seen.get(addr, 0) + 1
        if drop_every and seen[addr] % drop_every == 0:
            continue                      # &quot;lost&quot;
        server.sendto(data, addr)


def client():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.settimeout(timeout_ms / 1000)
    for i in range(datagrams):
        for attempt in range(1 + retries):
            s.sendto(f&quot;ping {i}&quot;.encode(), (&quot;127.0.0.1&quot;, port))
            try:
                print(s.recvfrom(65536)[0])
                break
            except socket.timeout:
                print(&quot;timeout, retry&quot;)
        else:
            print(f&quot;ping {i} lost&quot;)


srv = threading.Thread(target=run_server)
srv.start()
cs = [threading.Thread(target=client) for _ in range(clients)]
for t in cs:
    t.start()
for t in cs:
    t.join()
server.sendto(b&quot;stop&quot;, (&quot;127.0.0.1&quot;, port))
srv.join()
</source>
        <translation>import socket
import threading

clients = 1
datagrams = 3
drop_every = 0                 # 服务器忽略每第 n 个数据报（0：不忽略）
timeout_ms = 200
retries = 2

server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
server.bind((&quot;127.0.0.1&quot;, 0))
port = server.getsockname()[1]


def run_server():
    seen = {}
    while True:
        data, addr = server.recvfrom(65536)
        if data == b&quot;stop&quot;:
            break
        seen[addr] = seen.get(addr, 0) + 1
        if drop_every and seen[addr] % drop_every == 0:
            continue                      # 相当于“丢失”
        server.sendto(data, addr)


def client():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.settimeout(timeout_ms / 1000)
    for i in range(datagrams):
        for attempt in range(1 + retries):
            s.sendto(f&quot;ping {i}&quot;.encode(), (&quot;127.0.0.1&quot;, port))
            try:
                print(s.recvfrom(65536)[0])
                break
            except socket.timeout:
                print(&quot;timeout, retry&quot;)
        else:
            print(f&quot;ping {i} lost&quot;)


srv = threading.Thread(target=run_server)
srv.start()
cs = [threading.Thread(target=client) for _ in range(clients)]
for t in cs:
    t.start()
for t in cs:
    t.join()
server.sendto(b&quot;stop&quot;, (&quot;127.0.0.1&quot;, port))
srv.join()
</translation>
    </message>
    <message>
        <source>How many clients send datagrams at once.</source>
        <translation>同时发送数据报的客户端数。</translation>
    </message>
    <message>
        <source>Datagrams</source>
        <translation>数据报数</translation>
    </message>
    <message>
        <source>How many datagrams each client sends.</source>
        <translation>每个客户端发送的数据报数。</translation>
    </message>
    <message>
        <source>Drop every</source>
        <translation>丢弃间隔</translation>
    </message>
    <message>
        <source>The server ignores every n-th datagram it gets from a client; 0: none.</source>
        <translation>服务器忽略从某个客户端收到的每第 n 个数据报；0：不忽略。</translation>
    </message>
    <message>
        <source>How long a client waits for the echo before it sends again.</source>
        <translation>客户端在重新发送之前等待回显的时长。</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>How many times a client sends a datagram again before it counts it lost.</source>
        <translation>客户端在把一个数据报算作丢失之前重新发送它的次数。</translation>
    </message>
    <message>
        <source>Processes</source>
        <comment>parameter: how many processes</comment>
        <translation>进程数</translation>
    </message>
    <message>
        <source>Threads</source>
        <comment>parameter: how many threads</comment>
        <translation>线程数</translation>
    </message>
</context>
<context>
    <name>ScenePainter</name>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
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
        <translation>空闲</translation>
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
        <translation>
            <numerusform>已写入 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>no task sleeps on it</source>
        <translation>没有任务在它上面休眠</translation>
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
    <message>
        <source>timer</source>
        <translation>定时器</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <source>awaits lock %1 (%2)</source>
        <translation>await 锁 %1（%2）</translation>
    </message>
    <message>
        <source>awaits lock %1, held by %2 (%3)</source>
        <translation>await 锁 %1，它被 %2 持有（%3）</translation>
    </message>
    <message>
        <source>awaits %1 being set</source>
        <translation>await %1 被设置</translation>
    </message>
    <message>
        <source>sleeps: parked on timer %1</source>
        <translation>休眠：挂在定时器 %1 上</translation>
    </message>
    <message>
        <source>awaits %1 (%2)</source>
        <translation>await %1（%2）</translation>
    </message>
    <message>
        <source>waits for the result of %1 (%2)</source>
        <translation>等待 %1 的结果（%2）</translation>
    </message>
    <message>
        <source>awaits %1 %2</source>
        <translation>await %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in flight</source>
        <translation>
            <numerusform>%n 条消息在途</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) ready to run</source>
        <translation>
            <numerusform>%n 个任务就绪</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) parked</source>
        <translation>
            <numerusform>%n 个任务挂起中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 workers busy</source>
        <translation>%2 个 worker 中 %1 个忙碌</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>raised an exception</source>
        <translation>抛出了异常</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>running on %1</source>
        <translation>在 %1 上运行</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待完成</translation>
    </message>
    <message>
        <source>not submitted yet</source>
        <translation>尚未提交</translation>
    </message>
</context>
<context>
    <name>SequenceScene</name>
    <message>
        <source>now (time runs down)</source>
        <translation>现在（时间向下流逝）</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message numerus="yes">
        <source>… %n more
handlers</source>
        <translation>
            <numerusform>… 另外 %n 个
处理程序</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more
clients</source>
        <translation>
            <numerusform>… 另外 %n 个
客户端</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on their way</source>
        <translation>
            <numerusform>%n 条在途</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still running</source>
        <translation>
            <numerusform>%n 个仍在运行</numerusform>
        </translation>
    </message>
    <message>
        <source>all done</source>
        <translation>全部完成</translation>
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
    <name>TimelineHeader</name>
    <message>
        <source>Deadlock: %1 — each waits for something the next one holds, so none can go on</source>
        <translation>死锁：%1 —— 每个都在等待下一个持有的东西，所以谁都无法继续</translation>
    </message>
    <message>
        <source>Deadlock: %1</source>
        <translation>死锁：%1</translation>
    </message>
    <message>
        <source>Deadlock: no thread can go on</source>
        <translation>死锁：没有线程能继续执行</translation>
    </message>
    <message>
        <source>no deadlock</source>
        <translation>没有死锁</translation>
    </message>
    <message>
        <source>counter %1 of %2: %3 updates lost</source>
        <translation>计数器 %1 / %2：丢失了 %3 次更新</translation>
    </message>
    <message>
        <source>counter %1 of %2: no update lost</source>
        <translation>计数器 %1 / %2：没有丢失更新</translation>
    </message>
    <message>
        <source>at most %1 at once</source>
        <translation>同一时刻最多 %1 个</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>no timeout</source>
        <translation>未超时</translation>
    </message>
    <message>
        <source>Interleave trace</source>
        <translation>Interleave 追踪记录</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>时长 %1</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 个事件</translation>
    </message>
    <message numerus="yes">
        <source>%n values %1–%2 (median %3)</source>
        <translation>
            <numerusform>%n 个值 %1–%2（中位数 %3）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… 还有 %n 个</numerusform>
        </translation>
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
    <name>TimelineLanes</name>
    <message>
        <source>%1 tasks</source>
        <translation>%1 个任务</translation>
    </message>
    <message>
        <source>%1 processes</source>
        <translation>%1 个进程</translation>
    </message>
    <message>
        <source>%1 threads</source>
        <translation>%1 个线程</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>%1%2…%3</source>
        <translation>%1%2…%3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1%2…%3 · %4</source>
        <translation>%1%2…%3 · %4</translation>
    </message>
    <message>
        <source>main thread</source>
        <translation>主线程</translation>
    </message>
    <message>
        <source>thread</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>RESOURCES</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>进程 %1</translation>
    </message>
    <message>
        <source>process %1 (pid %2)</source>
        <translation>进程 %1（pid %2）</translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <source>runnable (ready, waits for a CPU)</source>
        <translation>可运行（就绪，等待 CPU）</translation>
    </message>
    <message>
        <source>blocked (on a lock or semaphore)</source>
        <translation>阻塞（在锁或信号量上）</translation>
    </message>
    <message>
        <source>waiting (condition, event, join, queue)</source>
        <translation>等待（条件变量、事件、join、队列）</translation>
    </message>
    <message>
        <source>I/O (socket, pipe)</source>
        <translation>I/O（套接字、管道）</translation>
    </message>
    <message>
        <source>suspended (awaiting in the event loop)</source>
        <translation>挂起（在事件循环中 await）</translation>
    </message>
    <message>
        <source>States</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>a lane of many: the share of them in each state (full height: all)</source>
        <translation>多个合并的泳道：各状态所占的比例（满高：全部）</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>waits for (the holder&apos;s bar), at the deadlock</source>
        <translation>死锁时的等待关系（指向持有者的色条）</translation>
    </message>
    <message>
        <source>held by (the holder&apos;s colour and name)</source>
        <translation>被持有（持有者的颜色和名称）</translation>
    </message>
    <message>
        <source>lost update (a write that did not raise the counter)</source>
        <translation>丢失的更新（一次没有使计数器增加的写入）</translation>
    </message>
    <message>
        <source>a lane of many</source>
        <translation>多个合并的泳道</translation>
    </message>
    <message>
        <source>waits for</source>
        <translation>等待关系</translation>
    </message>
    <message>
        <source>held by</source>
        <translation>被持有</translation>
    </message>
    <message>
        <source>lost update</source>
        <translation>丢失的更新</translation>
    </message>
</context>
<context>
    <name>TimelineResources</name>
    <message>
        <source>semaphore, permits: %1</source>
        <translation>信号量，许可数：%1</translation>
    </message>
    <message>
        <source>queue, at most %1</source>
        <translation>队列，最多 %1 个</translation>
    </message>
    <message>
        <source>free permits</source>
        <translation>空闲许可</translation>
    </message>
    <message>
        <source>no permit free: acquire() blocks</source>
        <translation>没有空闲许可：acquire() 会阻塞</translation>
    </message>
</context>
<context>
    <name>TimelineToolTip</name>
    <message numerus="yes">
        <source>%n permit(s)</source>
        <translation>
            <numerusform>%n 个许可</numerusform>
        </translation>
    </message>
    <message>
        <source>main thread</source>
        <translation>主线程</translation>
    </message>
    <message>
        <source>thread</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>, …</source>
        <translation>、…</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>开始：%1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>时长：%1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Waits for: %1</source>
        <translation>等待：%1</translation>
    </message>
    <message>
        <source>Held by: %1</source>
        <translation>持有者：%1</translation>
    </message>
    <message>
        <source>At: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <source>Permit held by: %1</source>
        <translation>许可持有者：%1</translation>
    </message>
    <message>
        <source>Free permits: %1 of %2</source>
        <translation>空闲许可：%1 / %2</translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation>长度：%1</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>值：%1</translation>
    </message>
    <message>
        <source>Actor: %1</source>
        <translation>执行者：%1</translation>
    </message>
    <message>
        <source>Resource: %1</source>
        <translation>资源：%1</translation>
    </message>
    <message>
        <source>Capacity: %1</source>
        <translation>容量：%1</translation>
    </message>
    <message>
        <source>Belongs to: %1</source>
        <translation>属于：%1</translation>
    </message>
    <message>
        <source>Click to show or hide each one&apos;s lane</source>
        <translation>点击以显示或隐藏每一个的泳道</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not started: %1</source>
        <translation>未开始：%1</translation>
    </message>
    <message>
        <source>Click the name to show each one&apos;s lane</source>
        <translation>点击名称以显示每一个的泳道</translation>
    </message>
    <message>
        <source>%1, id %2</source>
        <translation>%1，id %2</translation>
    </message>
    <message>
        <source>Click to highlight its lane</source>
        <translation>单击以高亮它的泳道</translation>
    </message>
    <message>
        <source>Click or drag to move the playhead</source>
        <translation>单击或拖动以移动播放头</translation>
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
        <source>join()</source>
        <translation>join()</translation>
    </message>
    <message>
        <source>wake</source>
        <translation>唤醒</translation>
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
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1 is a directory, not a trace file</source>
        <translation>%1 是一个目录，不是追踪记录文件</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for a trace (%2 bytes)</source>
        <translation>%1 太大，不可能是追踪记录（%2 字节）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>event %1: %2 must be a string</source>
        <translation>事件 %1：%2 必须是字符串</translation>
    </message>
    <message>
        <source>event %1: %2 must be a number</source>
        <translation>事件 %1：%2 必须是数字</translation>
    </message>
    <message>
        <source>event %1: %2 must be an object</source>
        <translation>事件 %1：%2 必须是对象</translation>
    </message>
    <message>
        <source>the trace is not a JSON object</source>
        <translation>追踪记录不是 JSON 对象</translation>
    </message>
    <message>
        <source>the trace has no traceEvents array</source>
        <translation>追踪记录中没有 traceEvents 数组</translation>
    </message>
    <message>
        <source>event %1 is not a JSON object</source>
        <translation>事件 %1 不是 JSON 对象</translation>
    </message>
    <message>
        <source>otherData: the number %1 is out of range</source>
        <translation>otherData：数字 %1 超出范围</translation>
    </message>
    <message>
        <source>event %1: %2 must be an integer, not %3</source>
        <translation>事件 %1：%2 必须是整数，而不是 %3</translation>
    </message>
    <message>
        <source>event %1: %2 is negative</source>
        <translation>事件 %1：%2 是负数</translation>
    </message>
    <message>
        <source>event %1: %2 is not a finite time in range (%3)</source>
        <translation>事件 %1：%2 不是范围内的有限时间（%3）</translation>
    </message>
    <message>
        <source>event %1: unsupported phase &quot;%2&quot;</source>
        <translation>事件 %1：不支持的阶段（ph）“%2”</translation>
    </message>
    <message>
        <source>event %1: %2 is missing</source>
        <translation>事件 %1：缺少 %2</translation>
    </message>
    <message>
        <source>event %1: unknown state &quot;%2&quot;</source>
        <translation>事件 %1：未知状态“%2”</translation>
    </message>
    <message>
        <source>event %1: unknown flow kind &quot;%2&quot;</source>
        <translation>事件 %1：未知的 flow 类型“%2”</translation>
    </message>
    <message>
        <source>event %1: unknown instant kind &quot;%2&quot;</source>
        <translation>事件 %1：未知的 instant 类型“%2”</translation>
    </message>
    <message>
        <source>the trace is too large (%1 bytes)</source>
        <translation>追踪记录太大（%1 字节）</translation>
    </message>
    <message>
        <source>not JSON: a NUL byte at byte %1</source>
        <translation>不是 JSON：第 %1 字节是 NUL 字节</translation>
    </message>
    <message>
        <source>the JSON is nested more than %1 levels deep (at byte %2)</source>
        <translation>JSON 嵌套超过 %1 层（在第 %2 字节处）</translation>
    </message>
    <message>
        <source>not JSON: %1 (at byte %2)</source>
        <translation>不是 JSON：%1（在第 %2 字节处）</translation>
    </message>
    <message>
        <source>%1: %2 must be a string</source>
        <translation>%1：%2 必须是字符串</translation>
    </message>
    <message>
        <source>%1: %2 must be an integer</source>
        <translation>%1：%2 必须是整数</translation>
    </message>
    <message>
        <source>%1: %2 must be an object</source>
        <translation>%1：%2 必须是对象</translation>
    </message>
    <message>
        <source>%1: %2 must be an array</source>
        <translation>%1：%2 必须是数组</translation>
    </message>
    <message>
        <source>not an Interleave trace: otherData.interleave is missing</source>
        <translation>不是 Interleave 追踪记录：缺少 otherData.interleave</translation>
    </message>
    <message>
        <source>not an Interleave trace: otherData.interleave is not an object</source>
        <translation>不是 Interleave 追踪记录：otherData.interleave 不是对象</translation>
    </message>
    <message>
        <source>not an Interleave trace: otherData.interleave.format is missing</source>
        <translation>不是 Interleave 追踪记录：缺少 otherData.interleave.format</translation>
    </message>
    <message>
        <source>unsupported trace format %1 (this version reads format 1)</source>
        <translation>不支持的追踪记录格式 %1（此版本读取格式 1）</translation>
    </message>
    <message>
        <source>%1: %2 must be an integer from 0 to 2^64-1</source>
        <translation>%1：%2 必须是 0 到 2^64-1 之间的整数</translation>
    </message>
    <message>
        <source>%1: %2 must be a time in range</source>
        <translation>%1：%2 必须是范围内的时间</translation>
    </message>
    <message>
        <source>otherData.interleave.texts[%1] must be a string</source>
        <translation>otherData.interleave.texts[%1] 必须是字符串</translation>
    </message>
    <message>
        <source>actor %1</source>
        <translation>执行者 %1</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 必须是对象</translation>
    </message>
    <message>
        <source>%1: unknown kind &quot;%2&quot;</source>
        <translation>%1：未知类型“%2”</translation>
    </message>
    <message>
        <source>%1: parent %2 out of range</source>
        <translation>%1：parent %2 超出范围</translation>
    </message>
    <message>
        <source>actors %1 and %2 have the same pid and tid</source>
        <translation>执行者 %1 和 %2 的 pid 和 tid 相同</translation>
    </message>
    <message>
        <source>resource %1</source>
        <translation>资源 %1</translation>
    </message>
    <message>
        <source>%1: owner %2 out of range</source>
        <translation>%1：owner %2 超出范围</translation>
    </message>
    <message>
        <source>event %1: actor %2 out of range</source>
        <translation>事件 %1：执行者 %2 超出范围</translation>
    </message>
    <message>
        <source>event %1: no actor has pid %2 and tid %3</source>
        <translation>事件 %1：没有 pid 为 %2、tid 为 %3 的执行者</translation>
    </message>
    <message>
        <source>event %1: resource %2 out of range</source>
        <translation>事件 %1：资源 %2 超出范围</translation>
    </message>
    <message>
        <source>event %1: no resource is named &quot;%2&quot;</source>
        <translation>事件 %1：没有名为“%2”的资源</translation>
    </message>
    <message>
        <source>event %1: flow id %2 out of range</source>
        <translation>事件 %1：flow id %2 超出范围</translation>
    </message>
    <message>
        <source>event %1: unsupported phase</source>
        <translation>事件 %1：不支持的阶段（ph）</translation>
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
    <name>interleave::RecentFiles</name>
    <message>
        <source>Clear the list</source>
        <translation>清空列表</translation>
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
    <name>interleave::SceneView</name>
    <message>
        <source>Here each thread, task and process of a run will stand, at what it waits for and inside what it holds.
Choose a scenario and press Run (Ctrl+R).</source>
        <translation>运行中的每个线程、任务和进程都会出现在这里：站在它等待的东西旁，待在它持有的东西里。
选择一个场景，然后按“运行”（Ctrl+R）。</translation>
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
    <name>interleave::TimelineView</name>
    <message>
        <source>No run yet. Here a run&apos;s timeline will be drawn: a lane for each thread, task and process with its states over time, and an arrow for who woke whom.</source>
        <translation>还没有运行。这里将画出运行的时间线：每个线程、任务和进程一条泳道，显示它随时间变化的状态，并用箭头标出谁唤醒了谁。</translation>
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
