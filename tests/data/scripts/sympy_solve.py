# data:
import sympy as sp

x = sp.symbols("x")
roots = sp.solve(x**2 - 5 * x + 6, x)
with open("roots.txt", "w") as f:
    f.write(", ".join(str(r) for r in roots) + "\n")
print("roots:", roots)
