# data: sales.csv
import argparse

import pandas as pd


def main():
    parser = argparse.ArgumentParser(description="Top sales")
    parser.add_argument("--input", default="sales.csv")
    parser.add_argument("--top", type=int, default=5)
    parser.add_argument("--out", default="top_sales.csv")
    args = parser.parse_args()
    df = pd.read_csv(args.input)
    top = df.nlargest(args.top, "revenue")
    top.to_csv(args.out, index=False)
    print(top.to_string(index=False))


if __name__ == "__main__":
    main()
