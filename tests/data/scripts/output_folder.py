# data: sales.csv
import matplotlib.pyplot as plt
import pandas as pd

df = pd.read_csv("sales.csv")
df.groupby("region")["revenue"].sum().plot.bar()
plt.savefig("output/regions.png")
df.describe().to_csv("output/describe.csv")
print("written to output/")
