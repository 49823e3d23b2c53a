# SPDX-License-Identifier: MIT
# core/aio tests (also run under ThreadSanitizer).
