# SPDX-License-Identifier: MIT
# core/pool: list a file here once it compiles (every area builds the same library).
