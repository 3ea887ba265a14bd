// thidua-search: placeholder until the CLI lands.
#include <cstdio>
int main() { std::fputs("not implemented\n", stderr); return 1; }
