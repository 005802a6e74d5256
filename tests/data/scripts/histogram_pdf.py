# data: sales.csv
import matplotlib.pyplot as plt
import pandas as pd

df = pd.read_csv("sales.csv")
df["revenue"].plot.hist(bins=20, edgecolor="black")
plt.title("Order sizes")
plt.savefig("histogram.pdf")
print(df["revenue"].describe().round(2))
