# data: sales.csv
import matplotlib.pyplot as plt
import pandas as pd

share = pd.read_csv("sales.csv").groupby("region")["revenue"].sum()
plt.pie(share, labels=share.index, autopct="%1.0f%%")
plt.axis("equal")
plt.savefig("share.png")
print((share / share.sum()).round(3))
