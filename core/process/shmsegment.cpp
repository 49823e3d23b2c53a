// SPDX-License-Identifier: MIT
#include "process/shmsegment.h"

#include "engine/runcontext.h"

#include <atomic>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace interleave {

namespace {

std::atomic<quint64> g_nextSegment { 1 };

PyError osError(const char* what, int err)
{
    return PyError { QStringLiteral("OSError"),
        QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(err))) };
}

} // namespace

ShmSegment::ShmSegment(int fd, void* data, std::size_t size)
    : m_fd(fd)
    , m_data(data)
    , m_size(size)
{
}

ShmSegment::~ShmSegment()
{
    ::munmap(m_data, m_size);
    ::close(m_fd);
}

std::shared_ptr<ShmSegment> ShmSegment::create(std::size_t size)
{
    const QByteArray name = "/interleave-" + QByteArray::number(qint64(::getpid())) + '-'
        + QByteArray::number(g_nextSegment.fetch_add(1));
    const int fd = ::shm_open(name.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        throw osError("shm_open", errno);
    // Unlinked at once: the workers get the descriptor, not the name.
    ::shm_unlink(name.constData());
    if (::ftruncate(fd, off_t(size)) != 0) {
        const int err = errno;
        ::close(fd);
        throw osError("ftruncate", err);
    }
    void* data = ::mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (data == MAP_FAILED) {
        const int err = errno;
        ::close(fd);
        throw osError("mmap", err);
    }
    return std::shared_ptr<ShmSegment>(new ShmSegment(fd, data, size));
}

std::shared_ptr<ShmSegment> ShmSegment::attach(int fd, std::size_t size)
{
    void* data = ::mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (data == MAP_FAILED)
        throw osError("mmap", errno);
    return std::shared_ptr<ShmSegment>(new ShmSegment(::fcntl(fd, F_DUPFD_CLOEXEC, 0), data, size));
}

} // namespace interleave
