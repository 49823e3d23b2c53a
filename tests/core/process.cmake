# SPDX-License-Identifier: MIT
# core/process tests (also run under ThreadSanitizer).
