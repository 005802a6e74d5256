# data:
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.animation import FuncAnimation

fig, ax = plt.subplots(figsize=(3, 2))
x = np.linspace(0, 2 * np.pi, 60)
(line,) = ax.plot(x, np.sin(x))


def update(frame):
    line.set_ydata(np.sin(x + frame / 5))
    return (line,)


anim = FuncAnimation(fig, update, frames=8, blit=True)
anim.save("wave.gif", writer="pillow", fps=4)
print("8 frames")
