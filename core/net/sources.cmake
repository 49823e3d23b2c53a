# SPDX-License-Identifier: MIT
# core/net: list a file here once it compiles (every area builds the same library).
