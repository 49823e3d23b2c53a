# SPDX-License-Identifier: MIT
# core/net tests (also run under ThreadSanitizer).
