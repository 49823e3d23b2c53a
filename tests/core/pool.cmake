# SPDX-License-Identifier: MIT
# core/pool tests (also run under ThreadSanitizer).
