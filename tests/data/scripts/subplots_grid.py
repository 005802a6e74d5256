# data: sales.csv
import matplotlib
import matplotlib.pyplot as plt
import pandas as pd

matplotlib.rcParams["font.size"] = 8
df = pd.read_csv("sales.csv", parse_dates=["date"])
fig, axes = plt.subplots(2, 2, figsize=(7, 5), sharex=True)
for ax, (region, group) in zip(axes.flat, df.groupby("region")):
    group.plot(x="date", y="revenue", ax=ax, legend=False, title=region)
fig.savefig("grid.png", dpi=72)
print(len(df), "rows plotted")
