# SPDX-License-Identifier: MIT
# core/aio: list a file here once it compiles (every area builds the same library).
