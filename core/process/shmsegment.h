// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <memory>

namespace interleave {

// A block of memory shared between the run's processes: shm_open + mmap in the parent, the name unlinked
// at once (the descriptor keeps it alive and is passed to the workers), so nothing is left in /dev/shm
// whatever happens to the run. Zero-filled when created.
class ShmSegment {
public:
    static std::shared_ptr<ShmSegment> create(std::size_t size); // throws PyError{"OSError"}
    static std::shared_ptr<ShmSegment> attach(int fd, std::size_t size); // in a worker
    ~ShmSegment();
    ShmSegment(const ShmSegment&) = delete;
    ShmSegment& operator=(const ShmSegment&) = delete;

    void* data() const { return m_data; }
    int fd() const { return m_fd; }
    std::size_t size() const { return m_size; }

private:
    ShmSegment(int fd, void* data, std::size_t size);
    int m_fd;
    void* m_data;
    std::size_t m_size;
};

} // namespace interleave
