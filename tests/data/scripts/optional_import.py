# data: sales.csv
import matplotlib.pyplot as plt
import pandas as pd

try:
    import seaborn as sns
except ImportError:
    sns = None

df = pd.read_csv("sales.csv")
if sns is not None:
    sns.boxplot(data=df, x="region", y="revenue")
else:
    df.boxplot(column="revenue", by="region")
plt.savefig("boxplot.png")
print("boxplot of", len(df), "rows")
